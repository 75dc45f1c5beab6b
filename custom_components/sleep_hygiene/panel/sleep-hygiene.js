// Sleep Hygiene panel and card. Built from frontend/ by `npm run build`: do not edit.
var je=Object.defineProperty;var ze=(r,t,e)=>t in r?je(r,t,{enumerable:!0,configurable:!0,writable:!0,value:e}):r[t]=e;var c=(r,t,e)=>ze(r,typeof t!="symbol"?t+"":t,e);var u={de:"Morgens der Check-in, abends der Plan zum Runterkommen für heute Nacht.",en:"The morning check-in, or tonight's wind-down plan in the evening.",es:"El cuestionario de la mañana o, por la tarde, el plan para relajarse esta noche.",fr:"Le bilan du matin, ou le soir le programme de détente de la nuit.",it:"Il questionario del mattino o, la sera, il programma per rilassarsi stanotte.",nl:"De check-in 's ochtends, of 's avonds het plan om tot rust te komen voor vannacht.",pl:"Poranna ankieta, a wieczorem plan wyciszenia na dzisiejszą noc."};var ht=globalThis,pt=ht.ShadowRoot&&(ht.ShadyCSS===void 0||ht.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,Et=Symbol(),jt=new WeakMap,tt=class{constructor(t,e,s){if(this._$cssResult$=!0,s!==Et)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o,e=this.t;if(pt&&t===void 0){let s=e!==void 0&&e.length===1;s&&(t=jt.get(e)),t===void 0&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),s&&jt.set(e,t))}return t}toString(){return this.cssText}},zt=r=>new tt(typeof r=="string"?r:r+"",void 0,Et),y=(r,...t)=>{let e=r.length===1?r[0]:t.reduce((s,n,i)=>s+(a=>{if(a._$cssResult$===!0)return a.cssText;if(typeof a=="number")return a;throw Error("Value passed to 'css' function must be a 'css' function result: "+a+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(n)+r[i+1],r[0]);return new tt(e,r,Et)},Vt=(r,t)=>{if(pt)r.adoptedStyleSheets=t.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let e of t){let s=document.createElement("style"),n=ht.litNonce;n!==void 0&&s.setAttribute("nonce",n),s.textContent=e.cssText,r.appendChild(s)}},St=pt?r=>r:r=>r instanceof CSSStyleSheet?(t=>{let e="";for(let s of t.cssRules)e+=s.cssText;return zt(e)})(r):r;var{is:Ke,defineProperty:qe,getOwnPropertyDescriptor:Ze,getOwnPropertyNames:Ge,getOwnPropertySymbols:We,getPrototypeOf:Je}=Object,ut=globalThis,Kt=ut.trustedTypes,Qe=Kt?Kt.emptyScript:"",Xe=ut.reactiveElementPolyfillSupport,et=(r,t)=>r,Tt={toAttribute(r,t){switch(t){case Boolean:r=r?Qe:null;break;case Object:case Array:r=r==null?r:JSON.stringify(r)}return r},fromAttribute(r,t){let e=r;switch(t){case Boolean:e=r!==null;break;case Number:e=r===null?null:Number(r);break;case Object:case Array:try{e=JSON.parse(r)}catch{e=null}}return e}},Zt=(r,t)=>!Ke(r,t),qt={attribute:!0,type:String,converter:Tt,reflect:!1,useDefault:!1,hasChanged:Zt};Symbol.metadata??=Symbol("metadata"),ut.litPropertyMetadata??=new WeakMap;var S=class extends HTMLElement{static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(t,e=qt){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(t)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(t,e),!e.noAccessor){let s=Symbol(),n=this.getPropertyDescriptor(t,s,e);n!==void 0&&qe(this.prototype,t,n)}}static getPropertyDescriptor(t,e,s){let{get:n,set:i}=Ze(this.prototype,t)??{get(){return this[e]},set(a){this[e]=a}};return{get:n,set(a){let h=n?.call(this);i?.call(this,a),this.requestUpdate(t,h,s)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)??qt}static _$Ei(){if(this.hasOwnProperty(et("elementProperties")))return;let t=Je(this);t.finalize(),t.l!==void 0&&(this.l=[...t.l]),this.elementProperties=new Map(t.elementProperties)}static finalize(){if(this.hasOwnProperty(et("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(et("properties"))){let e=this.properties,s=[...Ge(e),...We(e)];for(let n of s)this.createProperty(n,e[n])}let t=this[Symbol.metadata];if(t!==null){let e=litPropertyMetadata.get(t);if(e!==void 0)for(let[s,n]of e)this.elementProperties.set(s,n)}this._$Eh=new Map;for(let[e,s]of this.elementProperties){let n=this._$Eu(e,s);n!==void 0&&this._$Eh.set(n,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(t){let e=[];if(Array.isArray(t)){let s=new Set(t.flat(1/0).reverse());for(let n of s)e.unshift(St(n))}else t!==void 0&&e.push(St(t));return e}static _$Eu(t,e){let s=e.attribute;return s===!1?void 0:typeof s=="string"?s:typeof t=="string"?t.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(t=>this.enableUpdating=t),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(t=>t(this))}addController(t){(this._$EO??=new Set).add(t),this.renderRoot!==void 0&&this.isConnected&&t.hostConnected?.()}removeController(t){this._$EO?.delete(t)}_$E_(){let t=new Map,e=this.constructor.elementProperties;for(let s of e.keys())this.hasOwnProperty(s)&&(t.set(s,this[s]),delete this[s]);t.size>0&&(this._$Ep=t)}createRenderRoot(){let t=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return Vt(t,this.constructor.elementStyles),t}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(t=>t.hostConnected?.())}enableUpdating(t){}disconnectedCallback(){this._$EO?.forEach(t=>t.hostDisconnected?.())}attributeChangedCallback(t,e,s){this._$AK(t,s)}_$ET(t,e){let s=this.constructor.elementProperties.get(t),n=this.constructor._$Eu(t,s);if(n!==void 0&&s.reflect===!0){let i=(s.converter?.toAttribute!==void 0?s.converter:Tt).toAttribute(e,s.type);this._$Em=t,i==null?this.removeAttribute(n):this.setAttribute(n,i),this._$Em=null}}_$AK(t,e){let s=this.constructor,n=s._$Eh.get(t);if(n!==void 0&&this._$Em!==n){let i=s.getPropertyOptions(n),a=typeof i.converter=="function"?{fromAttribute:i.converter}:i.converter?.fromAttribute!==void 0?i.converter:Tt;this._$Em=n;let h=a.fromAttribute(e,i.type);this[n]=h??this._$Ej?.get(n)??h,this._$Em=null}}requestUpdate(t,e,s,n=!1,i){if(t!==void 0){let a=this.constructor;if(n===!1&&(i=this[t]),s??=a.getPropertyOptions(t),!((s.hasChanged??Zt)(i,e)||s.useDefault&&s.reflect&&i===this._$Ej?.get(t)&&!this.hasAttribute(a._$Eu(t,s))))return;this.C(t,e,s)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(t,e,{useDefault:s,reflect:n,wrapped:i},a){s&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,a??e??this[t]),i!==!0||a!==void 0)||(this._$AL.has(t)||(this.hasUpdated||s||(e=void 0),this._$AL.set(t,e)),n===!0&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let t=this.scheduleUpdate();return t!=null&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[n,i]of this._$Ep)this[n]=i;this._$Ep=void 0}let s=this.constructor.elementProperties;if(s.size>0)for(let[n,i]of s){let{wrapped:a}=i,h=this[n];a!==!0||this._$AL.has(n)||h===void 0||this.C(n,void 0,i,h)}}let t=!1,e=this._$AL;try{t=this.shouldUpdate(e),t?(this.willUpdate(e),this._$EO?.forEach(s=>s.hostUpdate?.()),this.update(e)):this._$EM()}catch(s){throw t=!1,this._$EM(),s}t&&this._$AE(e)}willUpdate(t){}_$AE(t){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(t){return!0}update(t){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(t){}firstUpdated(t){}};S.elementStyles=[],S.shadowRootOptions={mode:"open"},S[et("elementProperties")]=new Map,S[et("finalized")]=new Map,Xe?.({ReactiveElement:S}),(ut.reactiveElementVersions??=[]).push("2.1.2");var Lt=globalThis,Gt=r=>r,mt=Lt.trustedTypes,Wt=mt?mt.createPolicy("lit-html",{createHTML:r=>r}):void 0,ee="$lit$",C=`lit$${Math.random().toFixed(9).slice(2)}$`,se="?"+C,Ye=`<${se}>`,I=document,rt=()=>I.createComment(""),nt=r=>r===null||typeof r!="object"&&typeof r!="function",Ht=Array.isArray,ts=r=>Ht(r)||typeof r?.[Symbol.iterator]=="function",Ct=`[ 	
\f\r]`,st=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Jt=/-->/g,Qt=/>/g,P=RegExp(`>|${Ct}(?:([^\\s"'>=/]+)(${Ct}*=${Ct}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Xt=/'/g,Yt=/"/g,re=/^(?:script|style|textarea|title)$/i,Ot=r=>(t,...e)=>({_$litType$:r,strings:t,values:e}),o=Ot(1),Ms=Ot(2),Ls=Ot(3),M=Symbol.for("lit-noChange"),l=Symbol.for("lit-nothing"),te=new WeakMap,R=I.createTreeWalker(I,129);function ne(r,t){if(!Ht(r)||!r.hasOwnProperty("raw"))throw Error("invalid template strings array");return Wt!==void 0?Wt.createHTML(t):t}var es=(r,t)=>{let e=r.length-1,s=[],n,i=t===2?"<svg>":t===3?"<math>":"",a=st;for(let h=0;h<e;h++){let d=r[h],g,x,b=-1,E=0;for(;E<d.length&&(a.lastIndex=E,x=a.exec(d),x!==null);)E=a.lastIndex,a===st?x[1]==="!--"?a=Jt:x[1]!==void 0?a=Qt:x[2]!==void 0?(re.test(x[2])&&(n=RegExp("</"+x[2],"g")),a=P):x[3]!==void 0&&(a=P):a===P?x[0]===">"?(a=n??st,b=-1):x[1]===void 0?b=-2:(b=a.lastIndex-x[2].length,g=x[1],a=x[3]===void 0?P:x[3]==='"'?Yt:Xt):a===Yt||a===Xt?a=P:a===Jt||a===Qt?a=st:(a=P,n=void 0);let T=a===P&&r[h+1].startsWith("/>")?" ":"";i+=a===st?d+Ye:b>=0?(s.push(g),d.slice(0,b)+ee+d.slice(b)+C+T):d+C+(b===-2?h:T)}return[ne(r,i+(r[e]||"<?>")+(t===2?"</svg>":t===3?"</math>":"")),s]},it=class r{constructor({strings:t,_$litType$:e},s){let n;this.parts=[];let i=0,a=0,h=t.length-1,d=this.parts,[g,x]=es(t,e);if(this.el=r.createElement(g,s),R.currentNode=this.el.content,e===2||e===3){let b=this.el.content.firstChild;b.replaceWith(...b.childNodes)}for(;(n=R.nextNode())!==null&&d.length<h;){if(n.nodeType===1){if(n.hasAttributes())for(let b of n.getAttributeNames())if(b.endsWith(ee)){let E=x[a++],T=n.getAttribute(b).split(C),ct=/([.?@])?(.*)/.exec(E);d.push({type:1,index:i,name:ct[2],strings:T,ctor:ct[1]==="."?Pt:ct[1]==="?"?Rt:ct[1]==="@"?It:U}),n.removeAttribute(b)}else b.startsWith(C)&&(d.push({type:6,index:i}),n.removeAttribute(b));if(re.test(n.tagName)){let b=n.textContent.split(C),E=b.length-1;if(E>0){n.textContent=mt?mt.emptyScript:"";for(let T=0;T<E;T++)n.append(b[T],rt()),R.nextNode(),d.push({type:2,index:++i});n.append(b[E],rt())}}}else if(n.nodeType===8)if(n.data===se)d.push({type:2,index:i});else{let b=-1;for(;(b=n.data.indexOf(C,b+1))!==-1;)d.push({type:7,index:i}),b+=C.length-1}i++}}static createElement(t,e){let s=I.createElement("template");return s.innerHTML=t,s}};function D(r,t,e=r,s){if(t===M)return t;let n=s!==void 0?e._$Co?.[s]:e._$Cl,i=nt(t)?void 0:t._$litDirective$;return n?.constructor!==i&&(n?._$AO?.(!1),i===void 0?n=void 0:(n=new i(r),n._$AT(r,e,s)),s!==void 0?(e._$Co??=[])[s]=n:e._$Cl=n),n!==void 0&&(t=D(r,n._$AS(r,t.values),n,s)),t}var Nt=class{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){let{el:{content:e},parts:s}=this._$AD,n=(t?.creationScope??I).importNode(e,!0);R.currentNode=n;let i=R.nextNode(),a=0,h=0,d=s[0];for(;d!==void 0;){if(a===d.index){let g;d.type===2?g=new ot(i,i.nextSibling,this,t):d.type===1?g=new d.ctor(i,d.name,d.strings,this,t):d.type===6&&(g=new Mt(i,this,t)),this._$AV.push(g),d=s[++h]}a!==d?.index&&(i=R.nextNode(),a++)}return R.currentNode=I,n}p(t){let e=0;for(let s of this._$AV)s!==void 0&&(s.strings!==void 0?(s._$AI(t,s,e),e+=s.strings.length-2):s._$AI(t[e])),e++}},ot=class r{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(t,e,s,n){this.type=2,this._$AH=l,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=s,this.options=n,this._$Cv=n?.isConnected??!0}get parentNode(){let t=this._$AA.parentNode,e=this._$AM;return e!==void 0&&t?.nodeType===11&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=D(this,t,e),nt(t)?t===l||t==null||t===""?(this._$AH!==l&&this._$AR(),this._$AH=l):t!==this._$AH&&t!==M&&this._(t):t._$litType$!==void 0?this.$(t):t.nodeType!==void 0?this.T(t):ts(t)?this.k(t):this._(t)}O(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}T(t){this._$AH!==t&&(this._$AR(),this._$AH=this.O(t))}_(t){this._$AH!==l&&nt(this._$AH)?this._$AA.nextSibling.data=t:this.T(I.createTextNode(t)),this._$AH=t}$(t){let{values:e,_$litType$:s}=t,n=typeof s=="number"?this._$AC(t):(s.el===void 0&&(s.el=it.createElement(ne(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===n)this._$AH.p(e);else{let i=new Nt(n,this),a=i.u(this.options);i.p(e),this.T(a),this._$AH=i}}_$AC(t){let e=te.get(t.strings);return e===void 0&&te.set(t.strings,e=new it(t)),e}k(t){Ht(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,s,n=0;for(let i of t)n===e.length?e.push(s=new r(this.O(rt()),this.O(rt()),this,this.options)):s=e[n],s._$AI(i),n++;n<e.length&&(this._$AR(s&&s._$AB.nextSibling,n),e.length=n)}_$AR(t=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);t!==this._$AB;){let s=Gt(t).nextSibling;Gt(t).remove(),t=s}}setConnected(t){this._$AM===void 0&&(this._$Cv=t,this._$AP?.(t))}},U=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,e,s,n,i){this.type=1,this._$AH=l,this._$AN=void 0,this.element=t,this.name=e,this._$AM=n,this.options=i,s.length>2||s[0]!==""||s[1]!==""?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=l}_$AI(t,e=this,s,n){let i=this.strings,a=!1;if(i===void 0)t=D(this,t,e,0),a=!nt(t)||t!==this._$AH&&t!==M,a&&(this._$AH=t);else{let h=t,d,g;for(t=i[0],d=0;d<i.length-1;d++)g=D(this,h[s+d],e,d),g===M&&(g=this._$AH[d]),a||=!nt(g)||g!==this._$AH[d],g===l?t=l:t!==l&&(t+=(g??"")+i[d+1]),this._$AH[d]=g}a&&!n&&this.j(t)}j(t){t===l?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}},Pt=class extends U{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===l?void 0:t}},Rt=class extends U{constructor(){super(...arguments),this.type=4}j(t){this.element.toggleAttribute(this.name,!!t&&t!==l)}},It=class extends U{constructor(t,e,s,n,i){super(t,e,s,n,i),this.type=5}_$AI(t,e=this){if((t=D(this,t,e,0)??l)===M)return;let s=this._$AH,n=t===l&&s!==l||t.capture!==s.capture||t.once!==s.once||t.passive!==s.passive,i=t!==l&&(s===l||n);n&&this.element.removeEventListener(this.name,this,s),i&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)}},Mt=class{constructor(t,e,s){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(t){D(this,t)}};var ss=Lt.litHtmlPolyfillSupport;ss?.(it,ot),(Lt.litHtmlVersions??=[]).push("3.3.3");var ie=(r,t,e)=>{let s=e?.renderBefore??t,n=s._$litPart$;if(n===void 0){let i=e?.renderBefore??null;s._$litPart$=n=new ot(t.insertBefore(rt(),i),i,void 0,e??{})}return n._$AI(r),n};var Dt=globalThis,f=class extends S{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let t=super.createRenderRoot();return this.renderOptions.renderBefore??=t.firstChild,t}update(t){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=ie(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return M}};f._$litElement$=!0,f.finalized=!0,Dt.litElementHydrateSupport?.({LitElement:f});var rs=Dt.litElementPolyfillSupport;rs?.({LitElement:f});(Dt.litElementVersions??=[]).push("4.2.2");var ns=/\{(\w+)\}/g;function Ut(r,t={}){return r.replace(ns,(e,s)=>s in t?String(t[s]):e)}function is(r){let s=r.slice(r.lastIndexOf(".")+1).replace(/^panel_(part|source|factor|red_flag|step|question|group|tab)_/,"").replace(/^panel_/,"").replace(/_/g," ");return s.charAt(0).toUpperCase()+s.slice(1)}function L(r,t,e){let s=r[t];return s===void 0?is(t):Ut(s,e)}function ae(r,t,e,s,n){let i;try{i=new Intl.PluralRules(s).select(e)}catch{i=e===1?"one":"other"}let a=`common.panel_${t}_${i}`;return L(r,a in r?a:`common.panel_${t}_other`,n)}function p(r,t,e){return L(r,`common.panel_${t}`,e)}function H(r,t,e){return L(r,`selector.${t}.options.${e}`)}function F(r){return r.locale?.language??r.language}var oe=new WeakMap;function de(r,t){let e=oe.get(r);e||(e=new Map,oe.set(r,e));let s=e.get(t);return s||(s=r.sendMessagePromise({type:"sleep_hygiene/texts",language:t}).then(n=>n.texts),s.catch(()=>e.delete(t)),e.set(t,s)),s}function $(r,t={}){if(!r||typeof r!="object")return String(r);let e=r,s=typeof e.translation_key=="string"?`exceptions.${e.translation_key}.message`:"",n=s?t[s]:void 0;if(n!==void 0){let i=e.translation_placeholders;return Ut(n,i&&typeof i=="object"?i:{})}return typeof e.message=="string"?e.message:JSON.stringify(r)}async function le(r){return(await r.connection.sendMessagePromise({type:"sleep_hygiene/bedrooms"})).bedrooms}async function gt(r){let t=await r.connection.sendMessagePromise({type:"sleep_hygiene/bedrooms",first_view:!0});return{bedrooms:t.bedrooms,firstView:t.first_view}}function ce(r,t,e,s={}){return r.connection.sendMessagePromise({type:`sleep_hygiene/${t}`,entry_id:e,...s})}function he(r,t,e,s,n){return r.connection.sendMessagePromise({type:"sleep_hygiene/check_in",entry_id:t,night:e,answers:s,...n===void 0?{}:{notes:n}})}async function ft(r,t,e){await r.callService("sleep_hygiene",e,{config_entry_id:t},void 0,!1)}function pe(r,t,e){return r.connection.sendMessagePromise({type:"sleep_hygiene/export",entry_id:t,format:e})}var B=class{constructor(t){c(this,"host",t);c(this,"data",{});c(this,"errors",{});c(this,"hass");c(this,"entryId");c(this,"wanted",new Map);c(this,"subscription");c(this,"connected",!1);t.addController(this)}get bedroom(){return this.entryId}hostConnected(){this.connected=!0,this.subscribe()}hostDisconnected(){this.connected=!1,this.unsubscribe()}use(t,e,s=null){let n=this.hass?.connection===t.connection;if(this.hass=t,n&&e===this.entryId)return;this.unsubscribe(),this.entryId=e,this.data={},this.errors={};let i=[...this.wanted.entries()];this.wanted.clear(),this.seed(s);for(let[a,h]of i)this.want(a,JSON.parse(h));this.subscribe()}want(t,e={}){let s=JSON.stringify(e);this.wanted.get(t)!==s&&(this.wanted.set(t,s),this.errors[t]!==void 0&&(this.errors={...this.errors,[t]:void 0}),this.fetch(t))}seed(t){if(!t||t.entry_id!==this.entryId)return;let e={morning:t.morning,tonight:t.tonight};for(let s of Object.keys(e))this.wanted.set(s,JSON.stringify({}));this.data=e,this.host.requestUpdate()}refresh(){for(let t of this.wanted.keys())this.fetch(t)}async fetch(t){let{hass:e,entryId:s}=this,n=this.wanted.get(t);if(!(!e||!s||n===void 0)){try{let i=await ce(e,t,s,JSON.parse(n));if(s!==this.entryId||n!==this.wanted.get(t))return;this.data={...this.data,[t]:i},this.errors={...this.errors,[t]:void 0}}catch(i){if(s!==this.entryId)return;this.errors={...this.errors,[t]:i??"error"}}this.host.requestUpdate()}}subscribe(){let{hass:t,entryId:e}=this;!this.connected||!t||!e||this.subscription||(this.subscription=t.connection.subscribeMessage(()=>{this.refresh()},{type:"sleep_hygiene/subscribe",entry_id:e}).catch(()=>{}))}unsubscribe(){let t=this.subscription;this.subscription=void 0,t?.then(e=>e?.()).catch(()=>{})}};function os(r){let t=r.find(s=>s.step==="digital_detox"),e=r.find(s=>s.step==="lights_out");return(t??e)?.at??null}function ue(r,t,e,s){if(r==="morning"||r==="tonight")return r;if(e)return"tonight";let n=os(s);return n===null||t.getTime()<Date.parse(n)?"morning":"tonight"}var N=class{constructor(t){c(this,"host",t);c(this,"texts",{});c(this,"error");c(this,"language");t.addController(this)}hostConnected(){}follow(t){let e=F(t);e!==this.language&&(this.language=e,de(t.connection,e).then(s=>{this.texts=s,this.host.requestUpdate()},s=>{this.error=s??"error",this.host.requestUpdate()}))}};var v=y`
  :host {
    color: var(--primary-text-color);
    font-family: var(--ha-font-family-body, var(--paper-font-body1_-_font-family, sans-serif));
  }
  .muted {
    color: var(--secondary-text-color);
  }
  .error {
    color: var(--error-color, #db4437);
  }
  .notice {
    border-left: 4px solid var(--primary-color);
    padding: 8px 12px;
    background: var(--secondary-background-color);
    border-radius: 4px;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  button.chip,
  button.action {
    font: inherit;
    font-size: 14px;
    min-height: 40px;
    padding: 6px 14px;
    border-radius: 20px;
    border: 1px solid var(--divider-color);
    background: var(--card-background-color, var(--ha-card-background));
    color: var(--primary-text-color);
    cursor: pointer;
  }
  button.chip[aria-pressed="true"] {
    background: var(--primary-color);
    border-color: var(--primary-color);
    color: var(--text-primary-color, #fff);
  }
  button.action.primary {
    background: var(--primary-color);
    border-color: var(--primary-color);
    color: var(--text-primary-color, #fff);
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  button:focus-visible {
    outline: 2px solid var(--primary-color);
    outline-offset: 2px;
  }
  h2 {
    font-size: 18px;
    font-weight: 500;
    margin: 0 0 8px;
  }
  h3 {
    font-size: 15px;
    font-weight: 500;
    margin: 16px 0 8px;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 6px 8px;
    border-bottom: 1px solid var(--divider-color);
    vertical-align: top;
  }
  th {
    font-weight: 500;
    color: var(--secondary-text-color);
  }
  td.number,
  th.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .scroll {
    overflow-x: auto;
  }
`,bt=y`
  section {
    background: var(--card-background-color, var(--ha-card-background));
    border-radius: var(--ha-card-border-radius, 12px);
    border: var(--ha-card-border-width, 1px) solid var(--ha-card-border-color, var(--divider-color));
    box-shadow: var(--ha-card-box-shadow, none);
    padding: 16px;
    margin: 0 0 16px;
  }
`;var me="/sleep-hygiene",j=class extends f{constructor(){super();c(this,"source",new B(this));c(this,"text",new N(this));c(this,"picking",!1);this.justCheckedIn=!1,this.noBedroom=!1}static getConfigElement(){return document.createElement("sleep-hygiene-card-editor")}static getStubConfig(){return{}}setConfig(e){this.config=e,this.entryId=e.entry_id,this.error=void 0}getCardSize(){return 8}getGridOptions(){return{columns:12,min_columns:6,min_rows:4}}get texts(){return this.text.texts}t(e,s){return p(this.texts,e,s)}willUpdate(){this.hass&&(this.text.follow(this.hass),!this.entryId&&!this.picking&&!this.noBedroom&&!this.error&&this.pickFirstBedroom(),this.source.use(this.hass,this.entryId),this.source.want("morning"),this.source.want("tonight"))}async pickFirstBedroom(){this.picking=!0;try{let{bedrooms:e,firstView:s}=await gt(this.hass);this.entryId=e[0]?.entry_id,this.entryId||(this.noBedroom=!0),this.source.use(this.hass,this.entryId,s)}catch(e){this.error=e??"error"}finally{this.picking=!1}}openPanel(e){e.preventDefault(),history.pushState(null,"",me),window.dispatchEvent(new CustomEvent("location-changed",{detail:{replace:!1}}))}render(){return o`<ha-card>
      <div class="card-content">${this.renderBody()}</div>
      <div class="card-actions">
        <a href=${me} @click=${e=>{this.openPanel(e)}}>${this.t("open_panel")}</a>
      </div>
    </ha-card>`}renderBody(){let{morning:e,tonight:s}=this.source.data;if(this.noBedroom)return o`<p class="notice">${this.t("no_bedrooms")}</p>`;let n=this.error??this.text.error??this.source.errors.morning??this.source.errors.tonight;return n?o`<p class="error" role="alert">${$(n,this.texts)}</p>`:!e||!s||!this.entryId?o`<p class="muted">${this.t("loading")}</p>`:(this.justCheckedIn?"morning":ue(this.config.mode,new Date,e.answered,s.steps))==="morning"?o`<sleep-hygiene-morning
          .hass=${this.hass}
          .entryId=${this.entryId}
          .texts=${this.texts}
          .morning=${e}
          @checked-in=${()=>{this.justCheckedIn=!0}}
        ></sleep-hygiene-morning>
        ${this.justCheckedIn?o`<button
              class="action"
              @click=${()=>{this.justCheckedIn=!1}}
            >
              ${this.t("see_tonight")}
            </button>`:l}`:o`<sleep-hygiene-tonight
      compact
      .hass=${this.hass}
      .entryId=${this.entryId}
      .texts=${this.texts}
      .tonight=${s}
    ></sleep-hygiene-tonight>`}};c(j,"properties",{hass:{attribute:!1},config:{state:!0},entryId:{state:!0},error:{state:!0},justCheckedIn:{state:!0},noBedroom:{state:!0}}),c(j,"styles",[v,y`
      ha-card {
        display: block;
        height: 100%;
        box-sizing: border-box;
      }
      .card-content {
        padding: 16px;
      }
      .card-actions {
        border-top: 1px solid var(--divider-color);
        padding: 8px 16px;
      }
      a {
        color: var(--primary-color);
        text-decoration: none;
      }
      button.action {
        margin-top: 12px;
      }
    `]);var as=["auto","morning","tonight"],z=class extends f{constructor(){super(...arguments);c(this,"text",new N(this))}setConfig(e){this.config=e}willUpdate(e){this.hass&&(this.text.follow(this.hass),e.has("hass")&&!e.get("hass")&&le(this.hass).then(s=>this.bedrooms=s,s=>this.error=s??"error"))}get texts(){return this.text.texts}t(e){return p(this.texts,e)}change(e,s){let n={...this.config};s?n[e]=s:delete n[e],e==="mode"&&s==="auto"&&delete n.mode,this.config=n,this.dispatchEvent(new CustomEvent("config-changed",{detail:{config:n},bubbles:!0,composed:!0}))}render(){return this.config?o`
      <label>
        <span>${this.t("editor_bedroom")}</span>
        <select
          name="entry_id"
          @change=${e=>{this.change("entry_id",e.target.value)}}
        >
          <option value="" ?selected=${!this.config.entry_id}>${this.t("editor_first_bedroom")}</option>
          ${(this.bedrooms??[]).map(e=>o`<option value=${e.entry_id} ?selected=${e.entry_id===this.config.entry_id}>
                ${e.name}
              </option>`)}
        </select>
      </label>
      <label>
        <span>${this.t("editor_mode")}</span>
        <select
          name="mode"
          @change=${e=>{this.change("mode",e.target.value)}}
        >
          ${as.map(e=>o`<option value=${e} ?selected=${(this.config.mode??"auto")===e}>${this.t(`mode_${e}`)}</option>`)}
        </select>
      </label>
      ${this.error?o`<p class="error">${$(this.error,this.texts)}</p>`:""}
    `:o``}};c(z,"properties",{hass:{attribute:!1},config:{state:!0},bedrooms:{state:!0},error:{state:!0}}),c(z,"styles",[v,y`
      :host {
        display: grid;
        gap: 16px;
      }
      label {
        display: grid;
        gap: 4px;
      }
      select {
        font: inherit;
        padding: 8px;
        border-radius: 4px;
        border: 1px solid var(--divider-color);
        background: var(--card-background-color, var(--secondary-background-color));
        color: var(--primary-text-color);
      }
    `]);var V=class extends f{constructor(){super(),this.copied=!1}willUpdate(t){t.has("entryId")&&(this.yaml=void 0,this.copied=!1)}t(t){return p(this.texts,t)}async load(){this.error=void 0;try{let t=await this.hass.connection.sendMessagePromise({type:"sleep_hygiene/dashboard",entry_id:this.entryId});this.yaml=t.yaml}catch(t){this.error=$(t,this.texts)}}async copy(){let t=this.renderRoot.querySelector("textarea");try{await navigator.clipboard.writeText(this.yaml??""),this.copied=!0}catch{t?.select()}}render(){return o`
      <h3>${this.t("dashboard_title")}</h3>
      <p class="muted">${this.t("dashboard_intro")}</p>
      ${this.yaml===void 0?o`<button class="action" @click=${()=>this.load()}>${this.t("dashboard_show")}</button>`:o`<textarea readonly rows="12" aria-label=${this.t("dashboard_title")}>${this.yaml}</textarea>
            <button class="action" @click=${()=>this.copy()}>
              ${this.copied?this.t("copied"):this.t("copy")}
            </button>`}
      ${this.error?o`<p class="error" role="alert">${this.error}</p>`:l}
    `}};c(V,"properties",{hass:{attribute:!1},entryId:{attribute:!1},texts:{attribute:!1},yaml:{state:!0},copied:{state:!0},error:{state:!0}}),c(V,"styles",[v,y`
      :host {
        display: block;
      }
      textarea {
        box-sizing: border-box;
        width: 100%;
        font-family: var(--ha-font-family-code, monospace);
        font-size: 12px;
        color: var(--primary-text-color);
        background: var(--secondary-background-color);
        border: 1px solid var(--divider-color);
        border-radius: 4px;
        margin-bottom: 8px;
      }
    `]);function k(r){let t=r.locale;return{language:t?.language??r.language,timeFormat:t?.time_format??"language",timeZone:t?.time_zone==="server"?r.config.time_zone:void 0}}function ds(r){if(r.timeFormat==="12")return!0;if(r.timeFormat==="24")return!1;let t=r.timeFormat==="system"?void 0:r.language,e=new Intl.DateTimeFormat(t,{hour:"numeric"}).resolvedOptions().hourCycle;return e==="h11"||e==="h12"}function _(r,t){let e=ds(t);return new Intl.DateTimeFormat(t.language,{hour:e?"numeric":"2-digit",minute:"2-digit",hourCycle:e?"h12":"h23",timeZone:t.timeZone}).format(new Date(r))}function ge(r){let[t,e,s]=r.split("-").map(Number);return new Date(Date.UTC(t??1970,(e??1)-1,s??1))}function A(r,t){return new Intl.DateTimeFormat(t,{weekday:"short",day:"numeric",month:"short",timeZone:"UTC"}).format(ge(r))}function fe(r,t){return new Intl.DateTimeFormat(t,{day:"numeric",month:"short",timeZone:"UTC"}).format(ge(r))}function m(r,t){return r==null?"–":new Intl.NumberFormat(t,{maximumFractionDigits:1}).format(r)}function be(r,t,e){return`${m(r,e)} ${t}`}function O(r,t){return new Intl.ListFormat(t,{style:"long",type:"conjunction"}).format(r)}function yt(r,t){let e=r.states[t]?.attributes.friendly_name;return typeof e=="string"&&e?e:t}var ls=3;function cs(r,t,e){let s=n=>new Date(n).toLocaleDateString("en-CA",{timeZone:e});return s(r)===s(t)?"today":"tomorrow"}var K=class extends f{constructor(){super(),this.busy=!1}t(t,e){return p(this.texts,t,e)}async tryIt(){this.busy=!0,this.error=void 0;try{await ft(this.hass,this.entryId,"try_detox")}catch(t){this.error=$(t,this.texts)}finally{this.busy=!1}}render(){let t=this.tonight,e=t?.first_run;if(!t||!e)return l;let s=k(this.hass),n=_(e.first_detox,s),i=cs(e.first_detox,t.now,s.timeZone),a=[e.has_phone?void 0:this.t("next_phone"),e.has_climate?void 0:this.t("next_climate"),e.has_lights?void 0:this.t("next_lights")].filter(d=>d!==void 0),h=t.trying_until;return o`<section class="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">${this.t("first_title")}</h2>
      <p class="when">${this.t(`first_detox_${i}`,{time:n})}</p>
      ${e.has_lights?o`<p>${this.t("try_text",{minutes:ls})}</p>
            <div class="actions">
              <button class="action primary" ?disabled=${this.busy||h!==null} @click=${()=>this.tryIt()}>
                ${this.t("try")}
              </button>
            </div>
            ${h?o`<p class="feedback" role="status">${this.t("trying",{time:_(h,s)})}</p>`:l}`:l}
      ${this.error?o`<p class="error" role="alert">${this.error}</p>`:l}
      ${a.length?o`<h3>${this.t("next_title")}</h3>
            <ul class="next">
              ${a.map(d=>o`<li>${d}</li>`)}
            </ul>`:l}
    </section>`}};c(K,"properties",{hass:{attribute:!1},entryId:{attribute:!1},texts:{attribute:!1},tonight:{attribute:!1},busy:{state:!0},error:{state:!0}}),c(K,"styles",[v,y`
      :host {
        display: block;
      }
      .first-run {
        border: 2px solid var(--primary-color);
        border-radius: 12px;
        padding: 12px 16px;
        margin: 0 0 12px;
        background: var(--card-background-color, var(--ha-card-background, #fff));
      }
      h2 {
        margin-top: 0;
      }
      .when {
        font-size: 16px;
      }
      .actions {
        margin: 8px 0;
      }
      .next {
        padding-inline-start: 20px;
        margin: 0;
      }
      .next li {
        padding: 2px 0;
      }
    `]);function xe(r){return Object.entries(r).map(([t,e])=>({key:t,...e}))}var ye=["worse","better","no_clear_difference","too_few_nights"];function ve(r){return[...r].sort((t,e)=>{let s=ye.indexOf(t.verdict)-ye.indexOf(e.verdict);return s||(e.difference??-1/0)-(t.difference??-1/0)})}function xt(r,t){return p(r,`factor_${t}`)}function $e(r,t,e){return t.difference===null||t.difference_low===null||t.difference_high===null?m(null,e):p(r,"interval",{difference:m(t.difference,e),low:m(t.difference_low,e),high:m(t.difference_high,e)})}function _e(r,t,e){let s=xt(r,t.key);if(t.verdict==="too_few_nights"){let{more_nights_with:n,more_nights_without:i}=t;return n&&i?p(r,"factor_more_both",{factor:s,more_with:n,more_without:i}):n?p(r,"factor_more_with",{factor:s,more:n}):p(r,"factor_more_without",{factor:s,more:i})}return p(r,`factor_sentence_${t.verdict}`,{factor:s,nights_with:t.nights_with,nights_without:t.nights_without,burden_with:m(t.burden_with,e),burden_without:m(t.burden_without,e),difference:m(t.difference,e),low:m(t.difference_low,e),high:m(t.difference_high,e)})}function vt(r,t,e,s,n){let i=(d,g)=>p(r,d,g),a=ve(e),h=(d,g)=>i("nights_burden",{nights:d,burden:m(g,t)});return o`
    <p class="likely">
      ${s?i("likely_trigger",{factor:xt(r,s)}):i("no_trigger")}
    </p>
    <div class="scroll">
      <table class="factors">
        <thead>
          <tr>
            <th>${i("factor_column")}</th>
            <th>${i("verdict_column")}</th>
            <th class="number">${i("difference_column")}</th>
            <th class="number">${i("with_column")}</th>
            <th class="number">${i("without_column")}</th>
          </tr>
        </thead>
        <tbody>
          ${a.map(d=>o`<tr
              data-factor=${d.key}
              data-verdict=${d.verdict}
              class=${d.key===s?"likely-row":""}
            >
              <td>${xt(r,d.key)}</td>
              <td>${i(`verdict_${d.verdict}`)}</td>
              <td class="number">${$e(r,d,t)}</td>
              <td class="number">${h(d.nights_with,d.burden_with)}</td>
              <td class="number">${h(d.nights_without,d.burden_without)}</td>
            </tr>`)}
        </tbody>
      </table>
    </div>
    <ul class="sentences">
      ${a.map(d=>d.verdict==="too_few_nights"&&d.nights_with===0?l:o`<li data-factor=${d.key}>${_e(r,d,t)}</li>`)}
    </ul>
    <p class="muted">${i("insights_note",{minimum:m(n,t)})}</p>
  `}function $t(r,t){let e=s=>p(r,s);return o`
    ${t.length?o`<ul class="red-flags">
          ${t.map(s=>o`<li data-red-flag=${s}>${e(`red_flag_${s}`)}</li>`)}
        </ul>`:o`<p>${e("red_flags_none")}</p>`}
    <p class="muted">${e("red_flags_note")}</p>
  `}var _t="sleep-hygiene-print",hs=`
  @media screen { body > .${_t} { display: none !important; } }
  @media print {
    html, body { height: auto !important; overflow: visible !important; background: #fff !important; }
    body > :not(.${_t}) { display: none !important; }
    body > .${_t} { display: block; color: #000; background: #fff; }
    @page { margin: 15mm 12mm; }
  }
`,wt=class{constructor(){c(this,"wrapper");c(this,"view")}attach(){if(this.wrapper)return;let t=document.createElement("div");t.className=_t;let e=document.createElement("style");e.textContent=hs;let s=document.createElement("sleep-hygiene-summary");t.append(e,s),document.body.append(t),this.wrapper=t,this.view=s}show(t,e,s){this.view&&(this.view.texts=t,this.view.language=e,this.view.summary=s)}detach(){this.wrapper?.remove(),this.wrapper=void 0,this.view=void 0}};var ps=[14,28,90];function kt(r,t,e,s,n="en"){return o`<div class="chips" role="group" aria-label=${t}>
    ${ps.map(i=>o`<button
        class="chip"
        aria-pressed=${e===i?"true":"false"}
        @click=${()=>{s(i)}}
      >
        ${ae(r,"range_nights",i,n,{nights:i})}
      </button>`)}
  </div>`}var q=class extends f{constructor(){super(...arguments);c(this,"portal",new wt)}connectedCallback(){super.connectedCallback(),this.portal.attach()}disconnectedCallback(){super.disconnectedCallback(),this.portal.detach()}updated(){this.portal.show(this.texts,this.language,this.summary)}t(e,s){return p(this.texts,e,s)}pickSpan(e){this.dispatchEvent(new CustomEvent("summary-span-changed",{detail:e,bubbles:!0,composed:!0}))}render(){let e=this.insights;return o`
      <section class="insights">
        <h2>${this.t("insights_title")}</h2>
        ${e?o`<p class="muted">${this.t("insights_intro",{nights:e.nights})}</p>
              ${vt(this.texts,this.language,e.factors,e.likely_trigger,e.minimum_difference)}`:o`<p class="muted">${this.t("loading")}</p>`}
      </section>
      <section class="red-flags">
        <h2>${this.t("red_flags_title")}</h2>
        ${e?$t(this.texts,e.red_flags):o`<p class="muted">${this.t("loading")}</p>`}
      </section>
      <section class="summary">
        <div class="head">
          <h2>${this.t("summary_title")}</h2>
          ${kt(this.texts,this.t("summary_title"),this.span,s=>{this.pickSpan(s)})}
          <button
            class="action primary"
            ?disabled=${!this.summary}
            @click=${()=>{window.print()}}
          >
            ${this.t("print")}
          </button>
        </div>
        <sleep-hygiene-summary .texts=${this.texts} .language=${this.language} .summary=${this.summary}></sleep-hygiene-summary>
      </section>
    `}};c(q,"properties",{language:{attribute:!1},texts:{attribute:!1},insights:{attribute:!1},summary:{attribute:!1},span:{attribute:!1}}),c(q,"styles",[v,bt,y`
      :host {
        display: block;
      }
      .head {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px 12px;
        margin-bottom: 8px;
      }
      .head h2 {
        margin: 0;
        flex: 1 1 auto;
      }
      .likely-row td {
        font-weight: 500;
      }
    `]);var Z=class extends f{t(t){return p(this.texts,t)}async download(t){this.busy=t,this.error=void 0;try{let e=await pe(this.hass,this.entryId,t),s=URL.createObjectURL(new Blob([e.content],{type:`${e.mime_type};charset=utf-8`})),n=document.createElement("a");n.href=s,n.download=e.filename,this.renderRoot.appendChild(n),n.click(),n.remove(),setTimeout(()=>{URL.revokeObjectURL(s)},0)}catch(e){this.error=$(e,this.texts)}finally{this.busy=void 0}}render(){return o`
      <h2>${this.t("export_title")}</h2>
      <p class="muted">${this.t("export_intro")}</p>
      <div class="actions">
        ${["csv","json"].map(t=>o`<button
            class="action"
            data-format=${t}
            ?disabled=${this.busy!==void 0}
            @click=${()=>this.download(t)}
          >
            ${this.t(`export_${t}`)}
          </button>`)}
      </div>
      ${this.error?o`<p class="error" role="alert">${this.error}</p>`:l}
    `}};c(Z,"properties",{hass:{attribute:!1},entryId:{attribute:!1},texts:{attribute:!1},busy:{state:!0},error:{state:!0}}),c(Z,"styles",[v,y`
      :host {
        display: block;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
    `]);function ke(r,t,e){return t===at&&e!==Ae?{...r,[t]:us(r[t],e)}:{...r,[t]:e}}var at="evening",Ae="calm",Ee="stressed_hard_exercise",we=["stressed","hard_exercise"];function Ft(r){return r===Ee?[...we]:we.filter(t=>t===r)}function us(r,t){let e=new Set(Ft(r));return e.has(t)?e.delete(t):e.add(t),e.size===2?Ee:[...e][0]??Ae}function dt(r,t,e){let s={};for(let{key:n}of r){let i=t[n];i!=null&&i!==e[n]&&(s[n]=i)}return s}function Se(r,t,e){return Object.keys(dt(r,t,e)).length?"unsaved":r.some(({key:s})=>e[s]!==null&&e[s]!==void 0)?"saved":"empty"}function Te(r,t,e){let s=t[r];return s!=null&&s===e[r]}function Ce(r,t){return Object.fromEntries(r.map(({key:e})=>[e,t[e]??null]))}var lt=500;function Bt(r){return[...r.trim()].length}function At(r,t){let e=r.trim();if(!(!e||e===(t??"")||Bt(e)>lt))return e}var G=class extends f{constructor(){super(),this.draft={},this.note="",this.saving=!1,this.promptCare=!1,this.pickable=!1}willUpdate(t){if(!t.has("morning")||!this.morning)return;let e=t.get("morning"),{questions:s,answers:n}=this.morning,i=Ce(s,n),a=e&&e.night===this.morning.night?dt(s,this.draft,e.answers):{};this.draft={...i,...a},(!(e?.night===this.morning.night)||At(this.note,e.notes)===void 0)&&(this.note=this.morning.notes??""),e?.night!==this.morning.night&&(this.result=void 0)}t(t,e){return p(this.texts,t,e)}choose(t,e){this.draft=ke(this.draft,t,e),this.result=void 0,this.error=void 0}async save(){let t=this.morning;if(!t)return;let e=dt(t.questions,this.draft,t.answers),s=At(this.note,t.notes);this.saving=!0,this.error=void 0;try{let n=await he(this.hass,this.entryId,t.night,e,s);this.morning={...t,answered:!0,answers:{...t.answers,...e},notes:s??t.notes},this.result=n.score,this.promptCare=n.prompt_care,this.dispatchEvent(new CustomEvent("checked-in",{bubbles:!0,composed:!0})),await this.updateComplete,this.renderRoot.querySelector(".confirmation")?.scrollIntoView({block:"center"})}catch(n){this.error=$(n,this.texts)}finally{this.saving=!1}}confirmation(){let t=this.result===void 0?this.morning?.habits_and_bedroom:this.result?.habits_and_bedroom,e=this.result===void 0?this.morning?.symptom_burden:this.result?.symptom_burden;if(this.result===void 0&&!this.morning?.answered)return l;let s=this.hass.locale?.language??this.hass.language,n=t==null?this.t("confirm_no_score"):this.t("confirm_hygiene",{hygiene:m(t,s)});return e==null?n:`${n} ${this.t("confirm_burden",{burden:m(e,s)})}`}renderPromptCare(){return(this.result===void 0?this.morning?.prompt_care:this.promptCare)?o`<div class="prompt-care" role="alert">
      <strong>${this.t("prompt_care_title")}</strong>
      <p>${L(this.texts,"common.prompt_care")}</p>
    </div>`:l}cutoff(){let t=this.morning?.caffeine_cutoff;return t?_(t,k(this.hass)):""}questionLabel(t){return L(this.texts,`common.check_in_question_${t}`,{cutoff:this.cutoff()})}optionLabel(t,e){return t==="caffeine"&&e==="before_cutoff"?L(this.texts,"common.check_in_choice_before_cutoff",{cutoff:this.cutoff()}):t===at&&e!=="calm"?this.t(`evening_${e}`):H(this.texts,t,e)}render(){let t=this.morning;if(!t)return o`<p class="muted">${this.t("loading")}</p>`;let e=this.hass.locale?.language??this.hass.language,s=Se(t.questions,this.draft,t.answers),n=At(this.note,t.notes)!==void 0,i=Object.keys(dt(t.questions,this.draft,t.answers)).length+(n?1:0),a=s==="saved"&&n?"unsaved":s,h=a==="saved"?this.confirmation():l;return o`
      <h2>${this.t("morning_title",{night:A(t.night,e)})}</h2>
      ${this.pickable?this.renderNightPicker(t,e):l}
      <p class="muted intro">${this.t("morning_intro")}</p>
      ${t.questions.map(d=>this.renderQuestion(d.key,d.options))}
      ${this.renderNote(t.notes)}
      <div class="footer">
        <button class="action primary" ?disabled=${!i||this.saving} @click=${()=>this.save()}>
          ${this.saving?this.t("saving"):this.t("submit")}
        </button>
        <span class="status ${a}" role="status">
          ${a==="unsaved"?this.t("status_unsaved",{count:i}):this.t(a==="saved"?"status_saved":"status_empty")}
        </span>
      </div>
      ${h===l?l:o`<p class="notice confirmation" role="status">${h}</p>`}
      ${a==="saved"?this.renderPromptCare():l}
      ${this.error?o`<p class="error" role="alert">${this.error}</p>`:l}
    `}renderNightPicker(t,e){let s=t.recent;if(s.length<2)return l;let n=s[0]?.night;return o`<label class="night-picker">
      <span class="muted">${this.t("night_picker")}</span>
      <select
        @change=${i=>{let a=i.target.value;this.dispatchEvent(new CustomEvent("night-picked",{detail:a===n?void 0:a,bubbles:!0,composed:!0}))}}
      >
        ${s.map(({night:i,answered:a})=>o`<option value=${i} ?selected=${i===t.night}>
            ${this.t(a?"night_option_answered":"night_option_open",{night:A(i,e)})}
          </option>`)}
      </select>
    </label>`}renderNote(t){let e=Bt(this.note);return o`
      <details class="note" ?open=${t!==null}>
        <summary>${t===null?this.t("note_add"):this.t("note_saved")}</summary>
        <label>
          <span class="muted">${this.t("note_label")}</span>
          <textarea
            rows="3"
            maxlength=${lt}
            .value=${this.note}
            @input=${s=>{this.note=s.target.value,this.result=void 0,this.error=void 0}}
          ></textarea>
        </label>
        <span class="muted count ${e>lt?"over":""}">
          ${this.t("note_count",{count:e,max:lt})}
        </span>
      </details>
    `}renderQuestion(t,e){let s=this.morning?.answers??{},n=this.draft[t],i=t===at?e.filter(d=>d!=="stressed_hard_exercise"):e,a=d=>t===at&&d!=="calm"?Ft(n).includes(d):n===d,h=n==null?l:Te(t,this.draft,s)?o`<span class="mark saved">✓ ${this.t("answer_saved")}</span>`:o`<span class="mark unsaved">● ${this.t("answer_unsaved")}</span>`;return o`
      <div class="question" role="group" aria-labelledby="q-${t}" data-question=${t}>
        <p class="text" id="q-${t}">${this.questionLabel(t)} ${h}</p>
        <div class="chips">
          ${i.map(d=>o`<button
              class="chip"
              data-option=${d}
              aria-pressed=${a(d)?"true":"false"}
              @click=${()=>{this.choose(t,d)}}
            >
              ${this.optionLabel(t,d)}
            </button>`)}
        </div>
        ${t==="doctor_signs"?o`<p class="muted hint">${this.t("doctor_signs_hint")}</p>`:l}
      </div>
    `}};c(G,"properties",{hass:{attribute:!1},entryId:{attribute:!1},texts:{attribute:!1},morning:{attribute:!1},pickable:{type:Boolean},draft:{state:!0},note:{state:!0},saving:{state:!0},result:{state:!0},promptCare:{state:!0},error:{state:!0}}),c(G,"styles",[v,y`
      :host {
        display: block;
      }
      .intro {
        margin: 0 0 8px;
      }
      .night-picker {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px;
        margin: 0 0 8px;
      }
      .night-picker select {
        font: inherit;
        min-height: 36px;
        padding: 4px 8px;
        border-radius: 4px;
        border: 1px solid var(--divider-color);
        background: var(--card-background-color, var(--ha-card-background));
        color: var(--primary-text-color);
      }
      .question {
        padding: 8px 0;
        border-bottom: 1px solid var(--divider-color);
      }
      .text {
        margin: 0 0 8px;
      }
      .mark {
        font-size: 12px;
        white-space: nowrap;
        margin-inline-start: 4px;
      }
      .mark.saved {
        color: var(--success-color, #43a047);
      }
      .mark.unsaved {
        color: var(--warning-color, #ffa600);
      }
      .note {
        padding: 8px 0;
        border-bottom: 1px solid var(--divider-color);
      }
      .note summary {
        cursor: pointer;
        min-height: 32px;
        line-height: 32px;
        color: var(--primary-color);
      }
      .note label {
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      .note textarea {
        font: inherit;
        box-sizing: border-box;
        width: 100%;
        padding: 8px;
        border-radius: 4px;
        border: 1px solid var(--divider-color);
        background: var(--card-background-color, var(--ha-card-background));
        color: var(--primary-text-color);
        resize: vertical;
      }
      .count {
        font-size: 12px;
      }
      .count.over {
        color: var(--error-color, #db4437);
      }
      .footer {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 12px;
        padding-top: 12px;
      }
      .status.unsaved {
        color: var(--warning-color, #ffa600);
      }
      .status.saved {
        color: var(--success-color, #43a047);
      }
      .confirmation {
        margin: 12px 0 0;
        font-size: 16px;
      }
      .hint {
        margin: 6px 0 0;
        font-size: 13px;
      }
      .prompt-care {
        margin: 12px 0 0;
        padding: 12px;
        border-radius: 8px;
        border: 2px solid var(--error-color, #db4437);
        color: var(--primary-text-color);
      }
      .prompt-care p {
        margin: 4px 0 0;
      }
    `]);var ms=[["into_bed","time"],["asleep_at","time"],["final_wake","time"],["out_of_bed","time"],["time_in_bed_minutes","minutes"],["latency_minutes","minutes"],["awakenings","count"],["times_out_of_bed","count"],["waso_minutes","minutes"],["total_sleep_minutes","minutes"],["efficiency_percent","percent"],["wearable_score","count"],["phone_screen_minutes","minutes"]];function gs(r,t,e){let s=t.split("+").filter(Boolean);return O(s.map(n=>p(r,`measured_source_${n}`)),e)}function fs(r,t,e,s){if(t==="time")return _(String(e),s);let n=m(Number(e),s.language);return t==="minutes"?p(r,"measured_minutes",{minutes:n}):t==="percent"?p(r,"measured_percent",{percent:n}):n}function Ne(r,t,e){let s=[];for(let[n,i]of ms){let a=r[n];if(a===null)continue;let h=r.sources[n];s.push({key:n,label:p(t,`measure_${n}`),value:fs(t,i,a,e),source:h?p(t,"measured_from",{sources:gs(t,h,e.language)}):""})}return s}var bs=["bedroom","habits","symptoms","measured"];function ys(r){return[...new Set([...bs,...r.map(t=>t.group)])].filter(t=>r.some(e=>e.group===t))}var W=class extends f{t(t,e){return p(this.texts,t,e)}send(t,e){this.dispatchEvent(new CustomEvent(t,{detail:e}))}render(){let t=this.night,e=A(t.night,this.language),s=t.score===null?this.t("breakdown_no_score",{night:e}):this.t("breakdown_title",{night:e,score:m(t.score,this.language)});return o`
      <div class="breakdown" role="region" aria-label=${s}>
        <div class="head">
          <h3>${s}</h3>
          <div class="nav">
            <button class="action" ?disabled=${!this.hasEarlier} @click=${()=>{this.send("move",-1)}}>
              ${this.t("earlier_night")}
            </button>
            <button class="action" ?disabled=${!this.hasLater} @click=${()=>{this.send("move",1)}}>
              ${this.t("later_night")}
            </button>
            <button class="action" @click=${()=>{this.send("close")}}>${this.t("close")}</button>
          </div>
        </div>
        ${t.symptom_burden===null?l:o`<p>${this.t("breakdown_burden",{burden:m(t.symptom_burden,this.language)})}</p>`}
        ${this.renderDetail(this.detail)}
      </div>
    `}renderDetail(t){return t?o`
      ${t.parts.length?ys(t.parts).map(e=>this.renderGroup(e,t.parts.filter(s=>s.group===e))):o`<p class="muted">${this.t("breakdown_empty")}</p>`}
      ${this.renderSideBySide(t)}
    `:this.error?o`<p class="error" role="alert">${$(this.error,this.texts)}</p>`:o`<p class="muted">${this.t("loading")}</p>`}get locale(){return{language:this.language,timeFormat:this.timeFormat??"language",timeZone:this.timeZone}}renderSideBySide(t){if(!t.answers&&!t.measured)return l;let e=Object.entries(t.answers??{}),s=t.measured?Ne(t.measured,this.texts,this.locale):[];return o`
      <div class="side-by-side">
        <section class="answers" aria-label=${this.t("answers_title")}>
          <h4>${this.t("answers_title")}</h4>
          ${t.answers?o`<dl>
                ${e.map(([n,i])=>o`<div data-answer=${n}>
                    <dt>${this.t(`question_${n}`)}</dt>
                    <dd>${i?H(this.texts,n,i):this.t("not_answered")}</dd>
                  </div>`)}
              </dl>
              ${t.notes?o`<p class="notes">${this.t("notes_shown",{notes:t.notes})}</p>`:l}`:o`<p class="muted">${this.t("answers_none")}</p>`}
        </section>
        <section class="measured" aria-label=${this.t("measured_title")}>
          <h4>${this.t("measured_title")}</h4>
          ${s.length?o`<dl>
                ${s.map(n=>o`<div data-measure=${n.key}>
                    <dt>${n.label}</dt>
                    <dd>${n.value}</dd>
                    ${n.source?o`<dd class="muted source">${n.source}</dd>`:l}
                  </div>`)}
              </dl>`:o`<p class="muted">${this.t("measured_none")}</p>`}
          ${t.measured?.flags.length?o`<p class="muted">${this.t("measured_flags")}</p>`:l}
        </section>
      </div>
      <p class="muted apart">${this.t("side_by_side_note")}</p>
    `}renderGroup(t,e){return o`
      <h4>${this.t(`group_${t}`)}</h4>
      <ul>
        ${e.map(s=>o`<li data-part=${s.key}>
            <span class="name">${this.t(`part_${s.key}`)}</span>
            <span class="points">
              ${s.points===null?this.t("points_missing"):this.t("points",{points:m(s.points,this.language),max:m(s.max_points,this.language)})}
            </span>
            <span class="muted source">${this.t("source",{source:this.t(`source_${s.source}`)})}</span>
          </li>`)}
      </ul>
    `}};c(W,"properties",{texts:{attribute:!1},language:{attribute:!1},timeFormat:{attribute:!1},timeZone:{attribute:!1},night:{attribute:!1},detail:{attribute:!1},error:{attribute:!1},hasEarlier:{attribute:!1},hasLater:{attribute:!1}}),c(W,"styles",[v,y`
      .breakdown {
        border-top: 1px solid var(--divider-color);
        padding-top: 8px;
      }
      .head {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 8px;
      }
      .head h3 {
        margin: 8px 0;
      }
      .nav {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
      h4 {
        margin: 12px 0 4px;
        font-weight: 500;
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      li {
        display: grid;
        grid-template-columns: 1fr auto;
        grid-template-areas: "name points" "source source";
        padding: 6px 0;
        border-bottom: 1px solid var(--divider-color);
      }
      .name {
        grid-area: name;
      }
      .points {
        grid-area: points;
        font-variant-numeric: tabular-nums;
      }
      .source {
        grid-area: source;
        font-size: 12px;
      }
      .side-by-side {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(170px, 1fr));
        gap: 0 16px;
      }
      dl {
        margin: 0;
      }
      dl > div {
        padding: 4px 0;
        border-bottom: 1px solid var(--divider-color);
      }
      dt {
        font-size: 12px;
        color: var(--secondary-text-color);
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .notes {
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
      .apart {
        font-size: 12px;
      }
    `]);var Pe=["morning","tonight","trends","insights"];function xs(r){let t=new URLSearchParams(r).get("view");return Pe.find(e=>e===t)}var J=class extends f{constructor(){super();c(this,"source",new B(this));c(this,"text",new N(this));this.nightsSpan=28,this.summarySpan=14,this.tab=xs(window.location.search)}get texts(){return this.text.texts}t(e,s){return p(this.texts,e,s)}willUpdate(e){if(!this.hass)return;this.text.follow(this.hass),!this.bedrooms&&e.has("hass")&&!e.get("hass")&&this.loadBedrooms(),this.source.use(this.hass,this.entryId);let s=this.source.data.morning;!this.tab&&s&&(this.tab=s.answered?"tonight":"morning");for(let[n,i]of this.wanted())this.source.want(n,i)}wanted(){let s=[["morning",this.morningNight?{night:this.morningNight}:{}]];return this.tab==="tonight"&&s.push(["tonight",{}]),this.tab==="trends"&&s.push(["nights",{nights:this.nightsSpan}]),this.tab==="trends"&&this.trendsNight&&s.push(["night",{night:this.trendsNight}]),this.tab==="insights"&&s.push(["insights",{}],["summary",{nights:this.summarySpan}]),s}async loadBedrooms(){try{let{bedrooms:e,firstView:s}=await gt(this.hass);this.bedrooms=e,this.entryId??=e[0]?.entry_id,this.source.use(this.hass,this.entryId,s)}catch(e){this.error=e??"error"}}pickBedroom(e){this.entryId=e,this.tab=void 0,this.morningNight=void 0}render(){return o`
      <div class="toolbar">
        <ha-menu-button .hass=${this.hass} .narrow=${this.narrow}></ha-menu-button>
        <div class="title">${this.t("title")}</div>
      </div>
      <div class="content">${this.renderContent()}</div>
    `}renderContent(){let e=this.error??this.text.error;return e?o`<p class="error" role="alert">${$(e,this.texts)}</p>`:this.bedrooms?this.bedrooms.length?o`
      ${this.bedrooms.length>1?o`<nav class="tabs bedrooms" role="tablist">
            ${this.bedrooms.map(s=>this.renderTab(s.name,s.entry_id===this.entryId,()=>{this.pickBedroom(s.entry_id)}))}
          </nav>`:l}
      <nav class="tabs views" role="tablist">
        ${Pe.map(s=>this.renderTab(this.t(`tab_${s}`),s===this.tab,()=>{this.tab=s}))}
      </nav>
      ${this.renderTabContent()}
    `:o`<p class="notice">${this.t("no_bedrooms")}</p>`:o`<p class="muted">${this.t("loading")}</p>`}renderTab(e,s,n){return o`<button role="tab" class="tab" aria-selected=${s?"true":"false"} @click=${n}>
      ${e}
    </button>`}renderError(e){let s=e.map(n=>this.source.errors[n]).find(Boolean);return s?o`<p class="error" role="alert">${$(s,this.texts)}</p>`:l}renderTabContent(){let{data:e}=this.source,s=this.entryId??"",n=F(this.hass);switch(this.tab){case void 0:return this.renderError(["morning"])===l?o`<p class="muted">${this.t("loading")}</p>`:this.renderError(["morning"]);case"morning":return o`${this.renderError(["morning"])}<section>
            <sleep-hygiene-morning
              .hass=${this.hass}
              .entryId=${s}
              .texts=${this.texts}
              .morning=${e.morning}
              pickable
              @night-picked=${i=>{this.morningNight=i.detail}}
            ></sleep-hygiene-morning>
          </section>`;case"tonight":return o`${this.renderError(["tonight"])}
          <sleep-hygiene-first-run
            .hass=${this.hass}
            .entryId=${s}
            .texts=${this.texts}
            .tonight=${e.tonight}
          ></sleep-hygiene-first-run>
          <section>
            <sleep-hygiene-tonight
              .hass=${this.hass}
              .entryId=${s}
              .texts=${this.texts}
              .tonight=${e.tonight}
            ></sleep-hygiene-tonight>
          </section>
          ${this.hass.user?.is_admin?o`<section>
                <sleep-hygiene-dashboard-yaml
                  .hass=${this.hass}
                  .entryId=${s}
                  .texts=${this.texts}
                ></sleep-hygiene-dashboard-yaml>
              </section>`:l}`;case"trends":return o`${this.renderError(["nights"])}<section>
            <sleep-hygiene-trends
              .language=${n}
              .timeFormat=${k(this.hass).timeFormat}
              .timeZone=${k(this.hass).timeZone}
              .texts=${this.texts}
              .nights=${e.nights}
              .detail=${e.night}
              .detailError=${this.source.errors.night}
              .span=${this.nightsSpan}
              @span-changed=${i=>{this.nightsSpan=i.detail}}
              @night-selected=${i=>{this.trendsNight=i.detail}}
            ></sleep-hygiene-trends>
          </section>
          <section>
            <sleep-hygiene-journal-export
              .hass=${this.hass}
              .entryId=${s}
              .texts=${this.texts}
            ></sleep-hygiene-journal-export>
          </section>`;case"insights":return o`${this.renderError(["insights","summary"])}
          <sleep-hygiene-insights
            .language=${n}
            .texts=${this.texts}
            .insights=${e.insights}
            .summary=${e.summary}
            .span=${this.summarySpan}
            @summary-span-changed=${i=>{this.summarySpan=i.detail}}
          ></sleep-hygiene-insights>`}}};c(J,"properties",{hass:{attribute:!1},narrow:{attribute:!1},bedrooms:{state:!0},entryId:{state:!0},tab:{state:!0},error:{state:!0},nightsSpan:{state:!0},trendsNight:{state:!0},summarySpan:{state:!0},morningNight:{state:!0}}),c(J,"styles",[v,bt,y`
      :host {
        display: block;
        min-height: 100vh;
        background: var(--primary-background-color);
      }
      .toolbar {
        display: flex;
        align-items: center;
        height: var(--header-height, 56px);
        padding: 0 12px;
        gap: 12px;
        background: var(--app-header-background-color, var(--primary-color));
        color: var(--app-header-text-color, var(--text-primary-color, #fff));
        border-bottom: var(--app-header-border-bottom, none);
        box-sizing: border-box;
      }
      .title {
        font-size: 20px;
        font-weight: 400;
      }
      .content {
        max-width: 960px;
        margin: 0 auto;
        padding: 8px 12px 24px;
      }
      .tabs {
        display: flex;
        overflow-x: auto;
        gap: 4px;
        margin: 0 0 12px;
        border-bottom: 1px solid var(--divider-color);
      }
      .tab {
        font: inherit;
        font-size: 15px;
        background: none;
        border: none;
        border-bottom: 3px solid transparent;
        color: var(--secondary-text-color);
        padding: 10px 12px;
        cursor: pointer;
        white-space: nowrap;
      }
      .tab[aria-selected="true"] {
        color: var(--primary-color);
        border-bottom-color: var(--primary-color);
      }
      .tab:focus-visible {
        outline: 2px solid var(--primary-color);
      }
      @media print {
        .toolbar,
        .tabs {
          display: none;
        }
      }
    `]);var Re=["twitches","leg_sensations","awakenings","pain","rested","caffeine","alcohol","evening"],vs=[["score","average_score"],["score_7_nights","average_score_7"],["score_28_nights","average_score_28"],["bedroom","group_bedroom"],["habits","group_habits"],["symptoms","group_symptoms"],["symptom_burden","average_burden"],["symptom_burden_7_nights","average_burden_7"]],Q=class extends f{t(t,e){return p(this.texts,t,e)}number(t){return m(t,this.language)}render(){let t=this.summary;if(!t)return o`<p class="muted">${this.t("loading")}</p>`;let e=Re.filter(n=>n in t.answer_counts),s=[...Re,"doctor_signs"].filter(n=>n in t.answer_counts);return o`
      <article>
        <h2>${this.t("summary_heading",{bedroom:t.bedroom})}</h2>
        <p>
          ${this.t("summary_span",{first:A(t.first_night,this.language),last:A(t.last_night,this.language)})}
        </p>
        <p class="muted">${this.t("summary_note")}</p>
        <h3>${this.t("summary_averages")}</h3>
        <table class="averages">
          ${vs.filter(([n])=>n in t.averages).map(([n,i])=>o`<tr>
              <th>${this.t(i)}</th>
              <td class="number">${this.number(t.averages[n])}</td>
            </tr>`)}
          <tr>
            <th>${this.t("summary_streak")}</th>
            <td class="number">${this.number(t.check_in_streak)}</td>
          </tr>
        </table>
        <h3>${this.t("red_flags_title")}</h3>
        ${$t(this.texts,t.red_flags.active)}
        <h3>${this.t("insights_title")}</h3>
        ${vt(this.texts,this.language,xe(t.insights.factors),t.insights.likely_trigger,t.insights.minimum_difference)}
        <h3>${this.t("summary_answers")}</h3>
        <div class="scroll">
          <table class="answers">
            ${s.map(n=>o`<tr>
                <th>${this.t(`question_${n}`)}</th>
                <td>
                  ${Object.entries(t.answer_counts[n]??{}).map(([i,a])=>`${H(this.texts,n,i)}: ${a}`).join(" · ")}
                </td>
              </tr>`)}
          </table>
        </div>
        <h3>${this.t("summary_nights")}</h3>
        <div class="scroll">
          <table class="nights">
            <thead>
              <tr>
                <th>${this.t("column_night")}</th>
                <th class="number">${this.t("column_score")}</th>
                <th class="number">${this.t("column_burden")}</th>
                ${e.map(n=>o`<th>${this.t(`question_${n}`)}</th>`)}
                <th>${this.t("column_notes")}</th>
              </tr>
            </thead>
            <tbody>
              ${t.nights.map(n=>this.renderNight(n,e))}
            </tbody>
          </table>
        </div>
      </article>
    `}renderNight(t,e){let s=t.check_in?.answers??{},n=[t.check_in?.notes,t.detox_skipped?this.t("summary_skipped"):null].filter(Boolean);return o`<tr>
      <td class="when">${A(t.night,this.language)}</td>
      <td class="number">${this.number(t.score?.score)}</td>
      <td class="number">${this.number(t.score?.symptom_burden)}</td>
      ${t.recorded?e.map(i=>{let a=s[i];return o`<td>${a?H(this.texts,i,a):"–"}</td>`}):o`<td colspan=${e.length} class="muted">${this.t("summary_no_record")}</td>`}
      <td>${n.length?n.join(" · "):l}</td>
    </tr>`}};c(Q,"properties",{texts:{attribute:!1},language:{attribute:!1},summary:{attribute:!1}}),c(Q,"styles",[v,y`
      :host {
        display: block;
      }
      .averages {
        width: auto;
      }
      .nights,
      .answers {
        font-size: 13px;
      }
      .when {
        white-space: nowrap;
      }
      .likely-row td {
        font-weight: 500;
      }
      .red-flags li,
      .sentences li {
        padding: 2px 0;
      }
      @media print {
        :host {
          color: #000;
          font-size: 10pt;
        }
        .muted,
        th {
          color: #333;
        }
        th,
        td {
          border-bottom-color: #bbb;
          padding: 3px 4px;
        }
        .nights,
        .answers {
          font-size: 8pt;
        }
        tr {
          break-inside: avoid;
        }
        h2,
        h3 {
          break-after: avoid;
        }
        .scroll {
          overflow: visible;
        }
      }
    `]);function $s(r,t){let{texts:e,locale:s}=t,n=s.language,i=[];if(r.lights.length){let{brightness_pct:a,night_brightness_pct:h,color_temp_kelvin:d}=r.dim;i.push(p(e,d?"plan_dim":"plan_dim_plain",{lights:O(r.lights.map(t.name),n),brightness:m(a,n),night_brightness:m(h,n)}))}if(r.screens.length){let a=O(r.screens.map(t.name),n),h=r.screen_policy==="keep_off"?"plan_screens_kept_off":"plan_screens_off";i.push(p(e,h,{screens:a}))}return i.length?i:[p(e,"plan_detox")]}function _s(r,t,e){switch(r){case"digital_detox":return $s(t,e);case"lights_out":return[p(e.texts,t.lights.length?"plan_lights_off":"step_lights_out")];case"wake":return[p(e.texts,"plan_wake")];default:return[p(e.texts,`step_${r}`)]}}function Ie(r,t){let e=[];r.steps.forEach((i,a)=>{e.push({at:i.at,actions:_s(i.step,r,t),order:a*2+1,status:i.status,started:i.step==="digital_detox"&&i.status==="done"})});let s=r.climate;if(s){let i=be(s.target,s.unit,t.locale.language),a=d=>Date.parse(d)<=Date.parse(r.now)?"done":"planned",h=d=>r.detox==="skipped"?"skipped":a(d);e.push({at:s.at,actions:[p(t.texts,"plan_thermostat",{temperature:i})],order:0,status:h(s.at),started:!1}),e.push({at:s.restore_at,actions:[p(t.texts,"plan_restore")],order:0,status:h(s.restore_at),started:!1})}let n=new Map;for(let i of e){let a=Math.floor(Date.parse(i.at)/6e4);n.set(a,[...n.get(a)??[],i])}return[...n.entries()].sort(([i],[a])=>i-a).map(([,i])=>{let a=[...i].sort((x,b)=>x.order-b.order),h=a[0]?.at??"",g=new Set(a.map(x=>x.status)).size===1?a[0]?.status??"planned":"planned";return{at:h,time:_(h,t.locale),actions:a.flatMap(x=>x.actions),status:g,started:a.some(x=>x.started)}})}function Me(r){return r.map(t=>`${t.time} ${t.actions.join(", ")}`).join(" · ")}function Le(r){let t=r.lights_out_passed||["done","missed","first_tomorrow","off"].includes(r.detox);return{shown:!t,skip:!t&&(r.detox==="planned"||r.detox==="running"),start:!t&&r.detox==="planned",resume:!t&&r.detox==="skipped"}}var ws={skip_tonight:"skipped_done",start_detox:"started_done",resume_tonight:"resumed_done"},X=class extends f{constructor(){super(),this.compact=!1}t(t,e){return p(this.texts,t,e)}async run(t){this.busy=t,this.feedback=void 0,this.error=void 0;try{await ft(this.hass,this.entryId,t),this.feedback=this.t(ws[t])}catch(e){this.error=$(e,this.texts)}finally{this.busy=void 0}}render(){let t=this.tonight;if(!t)return o`<p class="muted">${this.t("loading")}</p>`;let e=k(this.hass),s=Ie(t,{texts:this.texts,locale:e,name:i=>yt(this.hass,i)}),n=t.detox==="skipped"||t.detox==="missed"||t.detox==="off";return o`
      <h2>${this.t("tonight_title")}</h2>
      <p class="notice state ${t.detox}">${this.t(`detox_${t.detox}`)}</p>
      ${this.compact?o`<p class="sentence ${n?"inactive":""}">${Me(s)}</p>`:o`<ol class="plan ${n?"inactive":""}">
            ${s.map(i=>o`<li class=${i.status}>
                <span class="time">${i.time}</span><span class="what">${i.actions.join(", ")}</span>
                ${this.renderMark(i.status,i.started)}
              </li>`)}
          </ol>`}
      ${this.renderActions(t)} ${this.compact?l:this.renderDevices(t)}
      ${this.compact?l:this.renderSoFar(t)}
    `}renderMark(t,e){if(t==="planned")return l;let s=t==="skipped"?this.t("step_skipped"):`✓ ${this.t(e?"step_started":"step_done")}`;return o`<span class="mark ${t}">${s}</span>`}renderActions(t){let e=Le(t),s=t.lights_out_passed&&t.detox!=="off"?o`<p class="muted over">${this.t("actions_over")}</p>`:l;return o`
      ${e.shown?o`<div class="actions">
        ${e.resume?o`<button class="action" ?disabled=${this.busy!==void 0} @click=${()=>this.run("resume_tonight")}>
              ${this.t("resume")}
            </button>`:o`<button
              class="action"
              ?disabled=${!e.skip||this.busy!==void 0}
              @click=${()=>this.run("skip_tonight")}
            >
              ${this.t("skip")}
            </button>`}
        <button
          class="action primary"
          ?disabled=${!e.start||this.busy!==void 0}
          @click=${()=>this.run("start_detox")}
        >
          ${this.t("start")}
        </button>
      </div>
      ${e.resume?o`<p class="muted resume-hint">
            ${this.t("resume_hint",{time:_(this.lightsOut(t),k(this.hass))})}
          </p>`:l}`:s}
      ${this.feedback?o`<p class="feedback" role="status">${this.feedback}</p>`:l}
      ${this.error?o`<p class="error" role="alert">${this.error}</p>`:l}
    `}lightsOut(t){return t.steps.find(e=>e.step==="lights_out")?.at??t.now}deviceState(t){let e=this.hass.states[t];if(!e)return this.t("entity_missing");let s=this.hass.formatEntityState?.(e)??e.state,n=e.attributes.brightness;if(e.state==="on"&&typeof n=="number"){let i=k(this.hass).language;return`${s} · ${m(Math.round(n/255*100),i)} %`}return s}renderDevices(t){let e=[...t.lights.map(s=>({id:s,kind:"light"})),...t.screens.map(s=>({id:s,kind:"screen"}))];return o`
      <h3>${this.t("controls_title")}</h3>
      ${e.length?o`<ul class="devices">
            ${e.map(({id:s,kind:n})=>o`<li data-entity=${s}>
                <span class="name">${yt(this.hass,s)}</span>
                <span class="muted kind">${this.t(`kind_${n}`)}</span>
                <span class="value">${this.deviceState(s)}</span>
              </li>`)}
          </ul>`:o`<p class="muted">${this.t("no_devices")}</p>`}
    `}renderSoFar(t){let e=k(this.hass),s=t.so_far,n=[];return s.detox_started_at?n.push(this.t("so_far_detox_started",{time:_(s.detox_started_at,e)})):t.detox==="planned"&&n.push(this.t("so_far_not_started")),s.lights_out_at&&n.push(this.t("so_far_lights_out",{time:_(s.lights_out_at,e)})),n.push(s.overrides.length?this.t("so_far_overrides",{names:O(s.overrides.map(i=>yt(this.hass,i)),e.language)}):this.t("so_far_no_overrides")),s.screen_minutes!==null&&n.push(this.t("so_far_screen_minutes",{minutes:m(s.screen_minutes,e.language)})),o`<h3>${this.t("so_far_title")}</h3>
      <ul class="so-far">
        ${n.map(i=>o`<li>${i}</li>`)}
      </ul>`}};c(X,"properties",{hass:{attribute:!1},entryId:{attribute:!1},texts:{attribute:!1},tonight:{attribute:!1},compact:{type:Boolean},busy:{state:!0},feedback:{state:!0},error:{state:!0}}),c(X,"styles",[v,y`
      :host {
        display: block;
      }
      .plan {
        list-style: none;
        padding: 0;
        margin: 12px 0;
      }
      .plan li {
        display: flex;
        gap: 12px;
        padding: 6px 0;
        border-bottom: 1px solid var(--divider-color);
      }
      .time {
        min-width: 72px;
        font-weight: 500;
        font-variant-numeric: tabular-nums;
      }
      .what {
        display: inline-block;
      }
      .what::first-letter {
        text-transform: uppercase;
      }
      .plan li.done .time,
      .plan li.done .what {
        color: var(--secondary-text-color);
      }
      .plan li.skipped .what {
        text-decoration: line-through;
        color: var(--secondary-text-color);
      }
      .mark {
        margin-inline-start: auto;
        font-size: 12px;
        white-space: nowrap;
        color: var(--secondary-text-color);
      }
      .mark.done {
        color: var(--success-color, #43a047);
      }
      .resume-hint {
        margin: 0 0 8px;
        font-size: 13px;
      }
      .inactive {
        opacity: 0.6;
      }
      .sentence {
        line-height: 1.5;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        margin: 12px 0;
      }
      .devices {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      .devices li {
        display: grid;
        grid-template-columns: 1fr auto;
        grid-template-areas: "name value" "kind value";
        padding: 6px 0;
        border-bottom: 1px solid var(--divider-color);
      }
      .name {
        grid-area: name;
      }
      .kind {
        grid-area: kind;
        font-size: 12px;
      }
      .value {
        grid-area: value;
        align-self: center;
      }
      .so-far {
        padding-inline-start: 20px;
        margin: 0;
      }
      .so-far li {
        padding: 2px 0;
      }
    `]);function He(r,t=100){if(r===null||!Number.isFinite(r))return null;let e=Math.min(Math.max(r,0),t);return Math.max(e/t*100,2)}function Oe(r,t=100){return r===null||!Number.isFinite(r)?null:Math.min(Math.max(r,0),t)/t*100}function De(r,t){if(r<=0||t<=0)return[];let e=Math.max(1,Math.ceil(r/t)),s=[];for(let n=r-1;n>=0;n-=e)s.unshift(n);return s}function Ue(r,t,e){let s=r.indexOf(t);return s<0?void 0:r[s+e]}var Y=class extends f{t(t,e){return p(this.texts,t,e)}pickSpan(t){this.dispatchEvent(new CustomEvent("span-changed",{detail:t,bubbles:!0,composed:!0}))}select(t){this.selected=t,this.dispatchEvent(new CustomEvent("night-selected",{detail:t,bubbles:!0,composed:!0}))}render(){let t=this.nights;return o`
      <div class="head">
        <h2>${this.t("trends_title")}</h2>
        ${kt(this.texts,this.t("trends_title"),this.span,e=>{this.pickSpan(e)},this.language)}
      </div>
      ${t?this.renderCharts(t):o`<p class="muted">${this.t("loading")}</p>`}
    `}renderCharts(t){let e=t.nights,s=e.some(i=>i.score!==null||i.symptom_burden!==null),n=e.find(i=>i.night===this.selected);return o`
      ${s?l:o`<p class="notice">${this.t("no_nights")}</p>`}
      ${this.renderChart(e,"score",t.score_average_7,"score","score_hint")}
      ${this.renderChart(e,"symptom_burden",t.symptom_burden_average_7,"burden","burden_hint")}
      ${n?o`<sleep-hygiene-night-breakdown
            .texts=${this.texts}
            .language=${this.language}
            .timeFormat=${this.timeFormat}
            .timeZone=${this.timeZone}
            .night=${n}
            .detail=${this.detail?.night===n.night?this.detail:void 0}
            .error=${this.detailError}
            .hasEarlier=${e.indexOf(n)>0}
            .hasLater=${e.indexOf(n)<e.length-1}
            @move=${i=>{let a=e.map(h=>h.night);this.select(Ue(a,n.night,i.detail)??n.night)}}
            @close=${()=>{this.select(void 0)}}
          ></sleep-hygiene-night-breakdown>`:o`<p class="muted hint">${this.t("tap_a_night")}</p>`}
    `}renderChart(t,e,s,n,i){let a=Oe(s),h=new Set(De(t.length,7));return o`
      <figure class="chart ${e}" style="--count: ${t.length}">
        <figcaption>
          <span class="title">${this.t(n)}</span>
          <span class="muted">${this.t(i)}</span>
          <span class="average">${this.t("average_7",{value:m(s,this.language)})}</span>
        </figcaption>
        <div class="plot">
          ${a===null?l:o`<div class="average-line" style="bottom: ${a}%"></div>`}
          ${t.map(d=>{let g=d[e],x=He(g),b=`${A(d.night,this.language)}: ${g===null?this.t("not_answered"):m(g,this.language)}`;return o`<button
              class="night ${d.night===this.selected?"selected":""}"
              title=${b}
              aria-label=${b}
              @click=${()=>{this.select(d.night)}}
            >
              ${x===null?o`<span class="empty"></span>`:o`<span class="bar" style="height: ${x}%"></span>`}
            </button>`})}
        </div>
        <div class="labels" aria-hidden="true">
          ${t.map((d,g)=>o`<span>${h.has(g)?fe(d.night,this.language):""}</span>`)}
        </div>
      </figure>
    `}};c(Y,"properties",{language:{attribute:!1},timeFormat:{attribute:!1},timeZone:{attribute:!1},texts:{attribute:!1},nights:{attribute:!1},detail:{attribute:!1},detailError:{attribute:!1},span:{attribute:!1},selected:{state:!0}}),c(Y,"styles",[v,y`
      :host {
        display: block;
      }
      .head {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        align-items: center;
        gap: 8px;
        margin-bottom: 8px;
      }
      .chart {
        margin: 0 0 16px;
      }
      figcaption {
        display: flex;
        flex-wrap: wrap;
        gap: 4px 12px;
        align-items: baseline;
        margin-bottom: 6px;
      }
      .title {
        font-weight: 500;
      }
      .average {
        margin-inline-start: auto;
        font-variant-numeric: tabular-nums;
      }
      .plot,
      .labels {
        display: grid;
        grid-template-columns: repeat(var(--count), minmax(0, 1fr));
        gap: 1px;
      }
      .plot {
        position: relative;
        height: 140px;
        border-bottom: 1px solid var(--divider-color);
      }
      .night {
        all: unset;
        display: flex;
        align-items: flex-end;
        justify-content: center;
        height: 100%;
        cursor: pointer;
        border-radius: 3px 3px 0 0;
      }
      .night:hover,
      .night.selected {
        background: var(--secondary-background-color);
      }
      .night:focus-visible {
        outline: 2px solid var(--primary-color);
      }
      .bar {
        width: 80%;
        max-width: 24px;
        min-width: 2px;
        border-radius: 3px 3px 0 0;
        background: var(--primary-color);
      }
      .symptom_burden .bar {
        background: var(--accent-color, var(--secondary-text-color));
      }
      .empty {
        width: 80%;
        max-width: 24px;
        height: 2px;
        background: var(--divider-color);
      }
      .average-line {
        position: absolute;
        left: 0;
        right: 0;
        border-top: 2px dashed var(--secondary-text-color);
        pointer-events: none;
      }
      .labels span {
        display: flex;
        justify-content: center;
        font-size: 11px;
        color: var(--secondary-text-color);
        white-space: nowrap;
      }
      .labels span:first-child {
        justify-content: flex-start;
      }
      .labels span:last-child {
        justify-content: flex-end;
      }
      .hint {
        margin: 0;
      }
    `]);function w(r,t){customElements.get(r)||customElements.define(r,t)}function Fe(r){let t=window;t.customCards??=[],t.customCards.some(e=>e.type===r.type)||t.customCards.push(r)}function ks(r,t){let e=t?.split("-")[0];return t&&r[t]||e&&r[e]||(r.en??"")}function As(){let r=document.querySelector("home-assistant");return r?.hass?F(r.hass):void 0}var Be={type:"sleep-hygiene-card",name:"Sleep Hygiene",get description(){return ks(u,As())},preview:!0};w("sleep-hygiene-morning",G);w("sleep-hygiene-tonight",X);w("sleep-hygiene-dashboard-yaml",V);w("sleep-hygiene-first-run",K);w("sleep-hygiene-journal-export",Z);w("sleep-hygiene-night-breakdown",W);w("sleep-hygiene-trends",Y);w("sleep-hygiene-summary",Q);w("sleep-hygiene-insights",q);w("sleep-hygiene-panel",J);w("sleep-hygiene-card",j);w("sleep-hygiene-card-editor",z);Fe(Be);
/*! Bundled license information:

@lit/reactive-element/css-tag.js:
  (**
   * @license
   * Copyright 2019 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/reactive-element/reactive-element.js:
lit-html/lit-html.js:
lit-element/lit-element.js:
  (**
   * @license
   * Copyright 2017 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

lit-html/is-server.js:
  (**
   * @license
   * Copyright 2022 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)
*/
