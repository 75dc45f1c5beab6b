// Sleep Hygiene panel and card. Built from frontend/ by `npm run build`: do not edit.
var ns=Object.defineProperty;var is=(r,t,e)=>t in r?ns(r,t,{enumerable:!0,configurable:!0,writable:!0,value:e}):r[t]=e;var c=(r,t,e)=>is(r,typeof t!="symbol"?t+"":t,e);var u={de:"Morgens der Check-in, abends der Plan zum Runterkommen für heute Nacht.",en:"The morning check-in, or tonight's wind-down plan in the evening.",es:"El cuestionario de la mañana o, por la tarde, el plan para relajarse esta noche.",fr:"Le bilan du matin, ou le soir le programme de détente de la nuit.",it:"Il questionario del mattino o, la sera, il programma per rilassarsi stanotte.",nl:"De check-in 's ochtends, of 's avonds het plan om tot rust te komen voor vannacht.",pl:"Poranna ankieta, a wieczorem plan wyciszenia na dzisiejszą noc."};var mt=globalThis,gt=mt.ShadowRoot&&(mt.ShadyCSS===void 0||mt.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,Pt=Symbol(),Qt=new WeakMap,rt=class{constructor(t,e,s){if(this._$cssResult$=!0,s!==Pt)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o,e=this.t;if(gt&&t===void 0){let s=e!==void 0&&e.length===1;s&&(t=Qt.get(e)),t===void 0&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),s&&Qt.set(e,t))}return t}toString(){return this.cssText}},Xt=r=>new rt(typeof r=="string"?r:r+"",void 0,Pt),y=(r,...t)=>{let e=r.length===1?r[0]:t.reduce((s,n,i)=>s+(a=>{if(a._$cssResult$===!0)return a.cssText;if(typeof a=="number")return a;throw Error("Value passed to 'css' function must be a 'css' function result: "+a+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(n)+r[i+1],r[0]);return new rt(e,r,Pt)},Yt=(r,t)=>{if(gt)r.adoptedStyleSheets=t.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let e of t){let s=document.createElement("style"),n=mt.litNonce;n!==void 0&&s.setAttribute("nonce",n),s.textContent=e.cssText,r.appendChild(s)}},Rt=gt?r=>r:r=>r instanceof CSSStyleSheet?(t=>{let e="";for(let s of t.cssRules)e+=s.cssText;return Xt(e)})(r):r;var{is:as,defineProperty:ls,getOwnPropertyDescriptor:ds,getOwnPropertyNames:cs,getOwnPropertySymbols:hs,getPrototypeOf:ps}=Object,ft=globalThis,te=ft.trustedTypes,us=te?te.emptyScript:"",ms=ft.reactiveElementPolyfillSupport,nt=(r,t)=>r,It={toAttribute(r,t){switch(t){case Boolean:r=r?us:null;break;case Object:case Array:r=r==null?r:JSON.stringify(r)}return r},fromAttribute(r,t){let e=r;switch(t){case Boolean:e=r!==null;break;case Number:e=r===null?null:Number(r);break;case Object:case Array:try{e=JSON.parse(r)}catch{e=null}}return e}},se=(r,t)=>!as(r,t),ee={attribute:!0,type:String,converter:It,reflect:!1,useDefault:!1,hasChanged:se};Symbol.metadata??=Symbol("metadata"),ft.litPropertyMetadata??=new WeakMap;var C=class extends HTMLElement{static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(t,e=ee){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(t)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(t,e),!e.noAccessor){let s=Symbol(),n=this.getPropertyDescriptor(t,s,e);n!==void 0&&ls(this.prototype,t,n)}}static getPropertyDescriptor(t,e,s){let{get:n,set:i}=ds(this.prototype,t)??{get(){return this[e]},set(a){this[e]=a}};return{get:n,set(a){let h=n?.call(this);i?.call(this,a),this.requestUpdate(t,h,s)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)??ee}static _$Ei(){if(this.hasOwnProperty(nt("elementProperties")))return;let t=ps(this);t.finalize(),t.l!==void 0&&(this.l=[...t.l]),this.elementProperties=new Map(t.elementProperties)}static finalize(){if(this.hasOwnProperty(nt("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(nt("properties"))){let e=this.properties,s=[...cs(e),...hs(e)];for(let n of s)this.createProperty(n,e[n])}let t=this[Symbol.metadata];if(t!==null){let e=litPropertyMetadata.get(t);if(e!==void 0)for(let[s,n]of e)this.elementProperties.set(s,n)}this._$Eh=new Map;for(let[e,s]of this.elementProperties){let n=this._$Eu(e,s);n!==void 0&&this._$Eh.set(n,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(t){let e=[];if(Array.isArray(t)){let s=new Set(t.flat(1/0).reverse());for(let n of s)e.unshift(Rt(n))}else t!==void 0&&e.push(Rt(t));return e}static _$Eu(t,e){let s=e.attribute;return s===!1?void 0:typeof s=="string"?s:typeof t=="string"?t.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(t=>this.enableUpdating=t),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(t=>t(this))}addController(t){(this._$EO??=new Set).add(t),this.renderRoot!==void 0&&this.isConnected&&t.hostConnected?.()}removeController(t){this._$EO?.delete(t)}_$E_(){let t=new Map,e=this.constructor.elementProperties;for(let s of e.keys())this.hasOwnProperty(s)&&(t.set(s,this[s]),delete this[s]);t.size>0&&(this._$Ep=t)}createRenderRoot(){let t=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return Yt(t,this.constructor.elementStyles),t}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(t=>t.hostConnected?.())}enableUpdating(t){}disconnectedCallback(){this._$EO?.forEach(t=>t.hostDisconnected?.())}attributeChangedCallback(t,e,s){this._$AK(t,s)}_$ET(t,e){let s=this.constructor.elementProperties.get(t),n=this.constructor._$Eu(t,s);if(n!==void 0&&s.reflect===!0){let i=(s.converter?.toAttribute!==void 0?s.converter:It).toAttribute(e,s.type);this._$Em=t,i==null?this.removeAttribute(n):this.setAttribute(n,i),this._$Em=null}}_$AK(t,e){let s=this.constructor,n=s._$Eh.get(t);if(n!==void 0&&this._$Em!==n){let i=s.getPropertyOptions(n),a=typeof i.converter=="function"?{fromAttribute:i.converter}:i.converter?.fromAttribute!==void 0?i.converter:It;this._$Em=n;let h=a.fromAttribute(e,i.type);this[n]=h??this._$Ej?.get(n)??h,this._$Em=null}}requestUpdate(t,e,s,n=!1,i){if(t!==void 0){let a=this.constructor;if(n===!1&&(i=this[t]),s??=a.getPropertyOptions(t),!((s.hasChanged??se)(i,e)||s.useDefault&&s.reflect&&i===this._$Ej?.get(t)&&!this.hasAttribute(a._$Eu(t,s))))return;this.C(t,e,s)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(t,e,{useDefault:s,reflect:n,wrapped:i},a){s&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,a??e??this[t]),i!==!0||a!==void 0)||(this._$AL.has(t)||(this.hasUpdated||s||(e=void 0),this._$AL.set(t,e)),n===!0&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let t=this.scheduleUpdate();return t!=null&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[n,i]of this._$Ep)this[n]=i;this._$Ep=void 0}let s=this.constructor.elementProperties;if(s.size>0)for(let[n,i]of s){let{wrapped:a}=i,h=this[n];a!==!0||this._$AL.has(n)||h===void 0||this.C(n,void 0,i,h)}}let t=!1,e=this._$AL;try{t=this.shouldUpdate(e),t?(this.willUpdate(e),this._$EO?.forEach(s=>s.hostUpdate?.()),this.update(e)):this._$EM()}catch(s){throw t=!1,this._$EM(),s}t&&this._$AE(e)}willUpdate(t){}_$AE(t){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(t){return!0}update(t){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(t){}firstUpdated(t){}};C.elementStyles=[],C.shadowRootOptions={mode:"open"},C[nt("elementProperties")]=new Map,C[nt("finalized")]=new Map,ms?.({ReactiveElement:C}),(ft.reactiveElementVersions??=[]).push("2.1.2");var Ft=globalThis,re=r=>r,yt=Ft.trustedTypes,ne=yt?yt.createPolicy("lit-html",{createHTML:r=>r}):void 0,ce="$lit$",P=`lit$${Math.random().toFixed(9).slice(2)}$`,he="?"+P,gs=`<${he}>`,H=document,ot=()=>H.createComment(""),at=r=>r===null||typeof r!="object"&&typeof r!="function",Bt=Array.isArray,fs=r=>Bt(r)||typeof r?.[Symbol.iterator]=="function",Mt=`[ 	
\f\r]`,it=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,ie=/-->/g,oe=/>/g,M=RegExp(`>|${Mt}(?:([^\\s"'>=/]+)(${Mt}*=${Mt}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),ae=/'/g,le=/"/g,pe=/^(?:script|style|textarea|title)$/i,jt=r=>(t,...e)=>({_$litType$:r,strings:t,values:e}),o=jt(1),zt=jt(2),er=jt(3),O=Symbol.for("lit-noChange"),d=Symbol.for("lit-nothing"),de=new WeakMap,L=H.createTreeWalker(H,129);function ue(r,t){if(!Bt(r)||!r.hasOwnProperty("raw"))throw Error("invalid template strings array");return ne!==void 0?ne.createHTML(t):t}var ys=(r,t)=>{let e=r.length-1,s=[],n,i=t===2?"<svg>":t===3?"<math>":"",a=it;for(let h=0;h<e;h++){let l=r[h],f,b,x=-1,S=0;for(;S<l.length&&(a.lastIndex=S,b=a.exec(l),b!==null);)S=a.lastIndex,a===it?b[1]==="!--"?a=ie:b[1]!==void 0?a=oe:b[2]!==void 0?(pe.test(b[2])&&(n=RegExp("</"+b[2],"g")),a=M):b[3]!==void 0&&(a=M):a===M?b[0]===">"?(a=n??it,x=-1):b[1]===void 0?x=-2:(x=a.lastIndex-b[2].length,f=b[1],a=b[3]===void 0?M:b[3]==='"'?le:ae):a===le||a===ae?a=M:a===ie||a===oe?a=it:(a=M,n=void 0);let N=a===M&&r[h+1].startsWith("/>")?" ":"";i+=a===it?l+gs:x>=0?(s.push(f),l.slice(0,x)+ce+l.slice(x)+P+N):l+P+(x===-2?h:N)}return[ue(r,i+(r[e]||"<?>")+(t===2?"</svg>":t===3?"</math>":"")),s]},lt=class r{constructor({strings:t,_$litType$:e},s){let n;this.parts=[];let i=0,a=0,h=t.length-1,l=this.parts,[f,b]=ys(t,e);if(this.el=r.createElement(f,s),L.currentNode=this.el.content,e===2||e===3){let x=this.el.content.firstChild;x.replaceWith(...x.childNodes)}for(;(n=L.nextNode())!==null&&l.length<h;){if(n.nodeType===1){if(n.hasAttributes())for(let x of n.getAttributeNames())if(x.endsWith(ce)){let S=b[a++],N=n.getAttribute(x).split(P),ut=/([.?@])?(.*)/.exec(S);l.push({type:1,index:i,name:ut[2],strings:N,ctor:ut[1]==="."?Ht:ut[1]==="?"?Ot:ut[1]==="@"?Dt:B}),n.removeAttribute(x)}else x.startsWith(P)&&(l.push({type:6,index:i}),n.removeAttribute(x));if(pe.test(n.tagName)){let x=n.textContent.split(P),S=x.length-1;if(S>0){n.textContent=yt?yt.emptyScript:"";for(let N=0;N<S;N++)n.append(x[N],ot()),L.nextNode(),l.push({type:2,index:++i});n.append(x[S],ot())}}}else if(n.nodeType===8)if(n.data===he)l.push({type:2,index:i});else{let x=-1;for(;(x=n.data.indexOf(P,x+1))!==-1;)l.push({type:7,index:i}),x+=P.length-1}i++}}static createElement(t,e){let s=H.createElement("template");return s.innerHTML=t,s}};function F(r,t,e=r,s){if(t===O)return t;let n=s!==void 0?e._$Co?.[s]:e._$Cl,i=at(t)?void 0:t._$litDirective$;return n?.constructor!==i&&(n?._$AO?.(!1),i===void 0?n=void 0:(n=new i(r),n._$AT(r,e,s)),s!==void 0?(e._$Co??=[])[s]=n:e._$Cl=n),n!==void 0&&(t=F(r,n._$AS(r,t.values),n,s)),t}var Lt=class{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){let{el:{content:e},parts:s}=this._$AD,n=(t?.creationScope??H).importNode(e,!0);L.currentNode=n;let i=L.nextNode(),a=0,h=0,l=s[0];for(;l!==void 0;){if(a===l.index){let f;l.type===2?f=new dt(i,i.nextSibling,this,t):l.type===1?f=new l.ctor(i,l.name,l.strings,this,t):l.type===6&&(f=new Ut(i,this,t)),this._$AV.push(f),l=s[++h]}a!==l?.index&&(i=L.nextNode(),a++)}return L.currentNode=H,n}p(t){let e=0;for(let s of this._$AV)s!==void 0&&(s.strings!==void 0?(s._$AI(t,s,e),e+=s.strings.length-2):s._$AI(t[e])),e++}},dt=class r{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(t,e,s,n){this.type=2,this._$AH=d,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=s,this.options=n,this._$Cv=n?.isConnected??!0}get parentNode(){let t=this._$AA.parentNode,e=this._$AM;return e!==void 0&&t?.nodeType===11&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=F(this,t,e),at(t)?t===d||t==null||t===""?(this._$AH!==d&&this._$AR(),this._$AH=d):t!==this._$AH&&t!==O&&this._(t):t._$litType$!==void 0?this.$(t):t.nodeType!==void 0?this.T(t):fs(t)?this.k(t):this._(t)}O(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}T(t){this._$AH!==t&&(this._$AR(),this._$AH=this.O(t))}_(t){this._$AH!==d&&at(this._$AH)?this._$AA.nextSibling.data=t:this.T(H.createTextNode(t)),this._$AH=t}$(t){let{values:e,_$litType$:s}=t,n=typeof s=="number"?this._$AC(t):(s.el===void 0&&(s.el=lt.createElement(ue(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===n)this._$AH.p(e);else{let i=new Lt(n,this),a=i.u(this.options);i.p(e),this.T(a),this._$AH=i}}_$AC(t){let e=de.get(t.strings);return e===void 0&&de.set(t.strings,e=new lt(t)),e}k(t){Bt(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,s,n=0;for(let i of t)n===e.length?e.push(s=new r(this.O(ot()),this.O(ot()),this,this.options)):s=e[n],s._$AI(i),n++;n<e.length&&(this._$AR(s&&s._$AB.nextSibling,n),e.length=n)}_$AR(t=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);t!==this._$AB;){let s=re(t).nextSibling;re(t).remove(),t=s}}setConnected(t){this._$AM===void 0&&(this._$Cv=t,this._$AP?.(t))}},B=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,e,s,n,i){this.type=1,this._$AH=d,this._$AN=void 0,this.element=t,this.name=e,this._$AM=n,this.options=i,s.length>2||s[0]!==""||s[1]!==""?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=d}_$AI(t,e=this,s,n){let i=this.strings,a=!1;if(i===void 0)t=F(this,t,e,0),a=!at(t)||t!==this._$AH&&t!==O,a&&(this._$AH=t);else{let h=t,l,f;for(t=i[0],l=0;l<i.length-1;l++)f=F(this,h[s+l],e,l),f===O&&(f=this._$AH[l]),a||=!at(f)||f!==this._$AH[l],f===d?t=d:t!==d&&(t+=(f??"")+i[l+1]),this._$AH[l]=f}a&&!n&&this.j(t)}j(t){t===d?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}},Ht=class extends B{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===d?void 0:t}},Ot=class extends B{constructor(){super(...arguments),this.type=4}j(t){this.element.toggleAttribute(this.name,!!t&&t!==d)}},Dt=class extends B{constructor(t,e,s,n,i){super(t,e,s,n,i),this.type=5}_$AI(t,e=this){if((t=F(this,t,e,0)??d)===O)return;let s=this._$AH,n=t===d&&s!==d||t.capture!==s.capture||t.once!==s.once||t.passive!==s.passive,i=t!==d&&(s===d||n);n&&this.element.removeEventListener(this.name,this,s),i&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)}},Ut=class{constructor(t,e,s){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(t){F(this,t)}};var bs=Ft.litHtmlPolyfillSupport;bs?.(lt,dt),(Ft.litHtmlVersions??=[]).push("3.3.3");var me=(r,t,e)=>{let s=e?.renderBefore??t,n=s._$litPart$;if(n===void 0){let i=e?.renderBefore??null;s._$litPart$=n=new dt(t.insertBefore(ot(),i),i,void 0,e??{})}return n._$AI(r),n};var Vt=globalThis,g=class extends C{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let t=super.createRenderRoot();return this.renderOptions.renderBefore??=t.firstChild,t}update(t){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=me(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return O}};g._$litElement$=!0,g.finalized=!0,Vt.litElementHydrateSupport?.({LitElement:g});var xs=Vt.litElementPolyfillSupport;xs?.({LitElement:g});(Vt.litElementVersions??=[]).push("4.2.2");var $s=/\{(\w+)\}/g;function Kt(r,t={}){return r.replace($s,(e,s)=>s in t?String(t[s]):e)}function _s(r){let s=r.slice(r.lastIndexOf(".")+1).replace(/^panel_(part|source|factor|red_flag|step|question|group|tab)_/,"").replace(/^panel_/,"").replace(/_/g," ");return s.charAt(0).toUpperCase()+s.slice(1)}function T(r,t,e){let s=r[t];return s===void 0?_s(t):Kt(s,e)}function fe(r,t,e,s,n){let i;try{i=new Intl.PluralRules(s).select(e)}catch{i=e===1?"one":"other"}let a=`common.panel_${t}_${i}`;return T(r,a in r?a:`common.panel_${t}_other`,n)}function p(r,t,e){return T(r,`common.panel_${t}`,e)}function D(r,t,e){return T(r,`selector.${t}.options.${e}`)}function R(r){return r.locale?.language??r.language}var ge=new WeakMap;function ye(r,t){let e=ge.get(r);e||(e=new Map,ge.set(r,e));let s=e.get(t);return s||(s=r.sendMessagePromise({type:"sleep_hygiene/texts",language:t}).then(n=>n.texts),s.catch(()=>e.delete(t)),e.set(t,s)),s}function _(r,t={}){if(!r||typeof r!="object")return String(r);let e=r,s=typeof e.translation_key=="string"?`exceptions.${e.translation_key}.message`:"",n=s?t[s]:void 0;if(n!==void 0){let i=e.translation_placeholders;return Kt(n,i&&typeof i=="object"?i:{})}return typeof e.message=="string"?e.message:JSON.stringify(r)}async function be(r){return(await r.connection.sendMessagePromise({type:"sleep_hygiene/bedrooms"})).bedrooms}async function bt(r){let t=await r.connection.sendMessagePromise({type:"sleep_hygiene/bedrooms",first_view:!0});return{bedrooms:t.bedrooms,firstView:t.first_view}}function xe(r,t,e,s={}){return r.connection.sendMessagePromise({type:`sleep_hygiene/${t}`,entry_id:e,...s})}function $e(r,t,e,s,n){return r.connection.sendMessagePromise({type:"sleep_hygiene/check_in",entry_id:t,night:e,answers:s,...n===void 0?{}:{notes:n}})}async function xt(r,t,e){await r.callService("sleep_hygiene",e,{config_entry_id:t},void 0,!1)}function _e(r,t,e){return r.connection.sendMessagePromise({type:"sleep_hygiene/export",entry_id:t,format:e})}var j=class{constructor(t){c(this,"host",t);c(this,"data",{});c(this,"errors",{});c(this,"hass");c(this,"entryId");c(this,"wanted",new Map);c(this,"subscription");c(this,"connected",!1);t.addController(this)}get bedroom(){return this.entryId}hostConnected(){this.connected=!0,this.subscribe()}hostDisconnected(){this.connected=!1,this.unsubscribe()}use(t,e,s=null){let n=this.hass?.connection===t.connection;if(this.hass=t,n&&e===this.entryId)return;this.unsubscribe(),this.entryId=e,this.data={},this.errors={};let i=[...this.wanted.entries()];this.wanted.clear(),this.seed(s);for(let[a,h]of i)this.want(a,JSON.parse(h));this.subscribe()}want(t,e={}){let s=JSON.stringify(e);this.wanted.get(t)!==s&&(this.wanted.set(t,s),this.errors[t]!==void 0&&(this.errors={...this.errors,[t]:void 0}),this.fetch(t))}seed(t){if(!t||t.entry_id!==this.entryId)return;let e={morning:t.morning,tonight:t.tonight};for(let s of Object.keys(e))this.wanted.set(s,JSON.stringify({}));this.data=e,this.host.requestUpdate()}refresh(){for(let t of this.wanted.keys())this.fetch(t)}async fetch(t){let{hass:e,entryId:s}=this,n=this.wanted.get(t);if(!(!e||!s||n===void 0)){try{let i=await xe(e,t,s,JSON.parse(n));if(s!==this.entryId||n!==this.wanted.get(t))return;this.data={...this.data,[t]:i},this.errors={...this.errors,[t]:void 0}}catch(i){if(s!==this.entryId)return;this.errors={...this.errors,[t]:i??"error"}}this.host.requestUpdate()}}subscribe(){let{hass:t,entryId:e}=this;!this.connected||!t||!e||this.subscription||(this.subscription=t.connection.subscribeMessage(()=>{this.refresh()},{type:"sleep_hygiene/subscribe",entry_id:e}).catch(()=>{}))}unsubscribe(){let t=this.subscription;this.subscription=void 0,t?.then(e=>e?.()).catch(()=>{})}};function vs(r){let t=r.find(s=>s.step==="digital_detox"),e=r.find(s=>s.step==="lights_out");return(t??e)?.at??null}function ve(r,t,e,s){if(r==="morning"||r==="tonight")return r;if(e)return"tonight";let n=vs(s);return n===null||t.getTime()<Date.parse(n)?"morning":"tonight"}var I=class{constructor(t){c(this,"host",t);c(this,"texts",{});c(this,"error");c(this,"language");t.addController(this)}hostConnected(){}follow(t){let e=R(t);e!==this.language&&(this.language=e,ye(t.connection,e).then(s=>{this.texts=s,this.host.requestUpdate()},s=>{this.error=s??"error",this.host.requestUpdate()}))}};var $=y`
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
`,$t=y`
  section {
    background: var(--card-background-color, var(--ha-card-background));
    border-radius: var(--ha-card-border-radius, 12px);
    border: var(--ha-card-border-width, 1px) solid var(--ha-card-border-color, var(--divider-color));
    box-shadow: var(--ha-card-box-shadow, none);
    padding: 16px;
    margin: 0 0 16px;
  }
`;var we="/sleep-hygiene",z=class extends g{constructor(){super();c(this,"source",new j(this));c(this,"text",new I(this));c(this,"picking",!1);this.justCheckedIn=!1,this.noBedroom=!1}static getConfigElement(){return document.createElement("sleep-hygiene-card-editor")}static getStubConfig(){return{}}setConfig(e){this.config=e,this.entryId=e.entry_id,this.error=void 0}getCardSize(){return 8}getGridOptions(){return{columns:12,min_columns:6,min_rows:4}}get texts(){return this.text.texts}t(e,s){return p(this.texts,e,s)}willUpdate(){this.hass&&(this.text.follow(this.hass),!this.entryId&&!this.picking&&!this.noBedroom&&!this.error&&this.pickFirstBedroom(),this.source.use(this.hass,this.entryId),this.source.want("morning"),this.source.want("tonight"))}async pickFirstBedroom(){this.picking=!0;try{let{bedrooms:e,firstView:s}=await bt(this.hass);this.entryId=e[0]?.entry_id,this.entryId||(this.noBedroom=!0),this.source.use(this.hass,this.entryId,s)}catch(e){this.error=e??"error"}finally{this.picking=!1}}openPanel(e){e.preventDefault(),history.pushState(null,"",we),window.dispatchEvent(new CustomEvent("location-changed",{detail:{replace:!1}}))}render(){return o`<ha-card>
      <div class="card-content">${this.renderBody()}</div>
      <div class="card-actions">
        <a href=${we} @click=${e=>{this.openPanel(e)}}>${this.t("open_panel")}</a>
      </div>
    </ha-card>`}renderBody(){let{morning:e,tonight:s}=this.source.data;if(this.noBedroom)return o`<p class="notice">${this.t("no_bedrooms")}</p>`;let n=this.error??this.text.error??this.source.errors.morning??this.source.errors.tonight;return n?o`<p class="error" role="alert">${_(n,this.texts)}</p>`:!e||!s||!this.entryId?o`<p class="muted">${this.t("loading")}</p>`:(this.justCheckedIn?"morning":ve(this.config.mode,new Date,e.answered,s.steps))==="morning"?o`<sleep-hygiene-morning
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
            </button>`:d}`:o`<sleep-hygiene-tonight
      compact
      .hass=${this.hass}
      .entryId=${this.entryId}
      .texts=${this.texts}
      .tonight=${s}
    ></sleep-hygiene-tonight>`}};c(z,"properties",{hass:{attribute:!1},config:{state:!0},entryId:{state:!0},error:{state:!0},justCheckedIn:{state:!0},noBedroom:{state:!0}}),c(z,"styles",[$,y`
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
    `]);var ws=["auto","morning","tonight"],V=class extends g{constructor(){super(...arguments);c(this,"text",new I(this))}setConfig(e){this.config=e}willUpdate(e){this.hass&&(this.text.follow(this.hass),e.has("hass")&&!e.get("hass")&&be(this.hass).then(s=>this.bedrooms=s,s=>this.error=s??"error"))}get texts(){return this.text.texts}t(e){return p(this.texts,e)}change(e,s){let n={...this.config};s?n[e]=s:delete n[e],e==="mode"&&s==="auto"&&delete n.mode,this.config=n,this.dispatchEvent(new CustomEvent("config-changed",{detail:{config:n},bubbles:!0,composed:!0}))}render(){return this.config?o`
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
          ${ws.map(e=>o`<option value=${e} ?selected=${(this.config.mode??"auto")===e}>${this.t(`mode_${e}`)}</option>`)}
        </select>
      </label>
      ${this.error?o`<p class="error">${_(this.error,this.texts)}</p>`:""}
    `:o``}};c(V,"properties",{hass:{attribute:!1},config:{state:!0},bedrooms:{state:!0},error:{state:!0}}),c(V,"styles",[$,y`
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
    `]);var K=class extends g{constructor(){super(),this.copied=!1}willUpdate(t){t.has("entryId")&&(this.yaml=void 0,this.copied=!1)}t(t){return p(this.texts,t)}async load(){this.error=void 0;try{let t=await this.hass.connection.sendMessagePromise({type:"sleep_hygiene/dashboard",entry_id:this.entryId});this.yaml=t.yaml}catch(t){this.error=_(t,this.texts)}}async copy(){let t=this.renderRoot.querySelector("textarea");try{await navigator.clipboard.writeText(this.yaml??""),this.copied=!0}catch{t?.select()}}render(){return o`
      <h3>${this.t("dashboard_title")}</h3>
      <p class="muted">${this.t("dashboard_intro")}</p>
      ${this.yaml===void 0?o`<button class="action" @click=${()=>this.load()}>${this.t("dashboard_show")}</button>`:o`<textarea readonly rows="12" aria-label=${this.t("dashboard_title")}>${this.yaml}</textarea>
            <button class="action" @click=${()=>this.copy()}>
              ${this.copied?this.t("copied"):this.t("copy")}
            </button>`}
      ${this.error?o`<p class="error" role="alert">${this.error}</p>`:d}
    `}};c(K,"properties",{hass:{attribute:!1},entryId:{attribute:!1},texts:{attribute:!1},yaml:{state:!0},copied:{state:!0},error:{state:!0}}),c(K,"styles",[$,y`
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
    `]);function E(r){let t=r.locale;return{language:t?.language??r.language,timeFormat:t?.time_format??"language",timeZone:t?.time_zone==="server"?r.config.time_zone:void 0}}function ks(r){if(r.timeFormat==="12")return!0;if(r.timeFormat==="24")return!1;let t=r.timeFormat==="system"?void 0:r.language,e=new Intl.DateTimeFormat(t,{hour:"numeric"}).resolvedOptions().hourCycle;return e==="h11"||e==="h12"}function k(r,t){let e=ks(t);return new Intl.DateTimeFormat(t.language,{hour:e?"numeric":"2-digit",minute:"2-digit",hourCycle:e?"h12":"h23",timeZone:t.timeZone}).format(new Date(r))}function ke(r){let[t,e,s]=r.split("-").map(Number);return new Date(Date.UTC(t??1970,(e??1)-1,s??1))}function v(r,t){return new Intl.DateTimeFormat(t,{weekday:"short",day:"numeric",month:"short",timeZone:"UTC"}).format(ke(r))}function Ae(r,t){return new Intl.DateTimeFormat(t,{day:"numeric",month:"short",timeZone:"UTC"}).format(ke(r))}function m(r,t){return r==null?"–":new Intl.NumberFormat(t,{maximumFractionDigits:1}).format(r)}function Ee(r,t,e){return`${m(r,e)} ${t}`}function U(r,t){return new Intl.ListFormat(t,{style:"long",type:"conjunction"}).format(r)}function _t(r,t){let e=r.states[t]?.attributes.friendly_name;return typeof e=="string"&&e?e:t}var As=["bedroom_target","earlier_detox"],Es={sleep_latency:"latency_minutes",sleep_efficiency:"efficiency_percent",sleep_awakenings:"awakenings"};function w(r,t,e){return T(r,`common.experiment_${t}`,e)}function wt(r,t){return T(r,`selector.experiment_change.options.${t}`)}function Te(r,t,e){let s=t.arm==="change"?`arm_change_${t.change}`:As.includes(t.change)?`arm_usual_${t.change}`:"arm_usual",n=w(r,s,{time:t.at===null?"":k(t.at,e),target:t.target===null?"":`${m(t.target,e.language)} ${t.unit}`});return w(r,"today",{arm:n,number:t.number,nights:t.nights})}function qt(r,t){return r===null?"–":new Intl.NumberFormat(t,{maximumFractionDigits:1,signDisplay:"exceptZero"}).format(r)}function vt(r,t){return{difference:qt(r.difference,t),low:qt(r.difference_low,t),high:qt(r.difference_high,t),pairs:r.pairs,more:r.more_pairs_needed}}function Se(r,t,e){let s=t.result,n=s?.as_assigned;if(!s||!n)return[];let i=[w(r,`verdict_${n.verdict}`,vt(n,e))];n.verdict!=="too_few_nights"&&(i.push(w(r,"difference",vt(n,e))),i.push(w(r,"means",{change:m(n.mean_change,e),usual:m(n.mean_usual,e)})));let a=s.per_protocol;if(a){let h=a.verdict==="too_few_nights"?"per_protocol_too_few":"per_protocol";i.push(w(r,h,vt(a,e)))}for(let[h,l]of Object.entries(s.measured??{})){let f=T(r,`common.panel_measure_${Es[h]??h}`),b=l.verdict==="too_few_nights"?"measured_too_few":"measured";i.push(w(r,b,{...vt(l,e),measure:f}))}return i.push(w(r,"unanswered",{unanswered:s.unanswered,nights:s.nights_run,dropped:s.pairs_dropped})),i}function Ce(r,t,e){let s=w(r,"span",{first:v(t.first_night,e),last:v(t.last_night,e)}),n=t.stopped_early?` (${w(r,"stopped_early")})`:"";return`${wt(r,t.change)}: ${s}${n}`}function Ne(r){let t=[];for(let e=0;e+1<r.length;e+=2){let s=[r[e],r[e+1]],n=i=>s.find(a=>a?.arm===i)?.symptom_burden??null;t.push({number:e/2+1,change:n("change"),usual:n("usual")})}return t}function Ts(r,t,e){return r.connection.sendMessagePromise({type:"sleep_hygiene/start_experiment",entry_id:t,...e})}function Ss(r,t){return r.connection.sendMessagePromise({type:"sleep_hygiene/stop_experiment",entry_id:t})}var Zt=24,Pe=8;function Cs(r,t){let e=Ne(t.nights??[]);if(!e.length)return d;let s=e.length*Zt,n=(i,a,h)=>i===null?d:zt`<rect class=${h} x=${a} y=${100-Math.max(i,1)} width=${Pe}
          height=${Math.max(i,1)}></rect>`;return o`<figure class="arms-chart">
    <svg viewBox="0 0 ${s} 100" preserveAspectRatio="none" role="img" aria-label=${w(r,"chart_label")}>
      <line class="axis" x1="0" y1="100" x2=${s} y2="100"></line>
      ${e.map((i,a)=>zt`${n(i.change,a*Zt+3,"change")}
          ${n(i.usual,a*Zt+3+Pe+1,"usual")}`)}
    </svg>
    <figcaption>
      <span class="swatch change"></span>${w(r,"legend_change")}
      <span class="swatch usual"></span>${w(r,"legend_usual")}
    </figcaption>
  </figure>`}function Re(r,t,e){let[s,...n]=Se(r,e,t);return o`<article class="result" data-change=${e.change}>
    <h3>${Ce(r,e,t)}</h3>
    ${s?o`<p class="verdict">${s}</p>`:d}
    ${n.map(i=>o`<p>${i}</p>`)} ${Cs(r,e)}
    <p class="muted">${w(r,"clearly_means")}</p>
  </article>`}function Ie(r,t,e){let s=(e??[]).filter(n=>n.status==="finished");return s.length?o`<h3>${w(r,"summary_title")}</h3>
    ${s.map(n=>Re(r,t,n))}`:d}var Wt=y`
  .result h3 {
    font-size: 15px;
    font-weight: 500;
    margin: 12px 0 4px;
  }
  .result p {
    margin: 4px 0;
    line-height: 1.45;
  }
  .verdict {
    font-weight: 500;
  }
  .arms-chart {
    margin: 8px 0;
  }
  .arms-chart svg {
    width: 100%;
    max-width: 480px;
    height: 96px;
    display: block;
  }
  .arms-chart rect.change,
  .swatch.change {
    fill: var(--primary-color);
    background: var(--primary-color);
  }
  .arms-chart rect.usual,
  .swatch.usual {
    fill: var(--secondary-text-color);
    background: var(--secondary-text-color);
    opacity: 0.6;
  }
  .arms-chart .axis {
    stroke: var(--divider-color);
    stroke-width: 1;
  }
  figcaption {
    font-size: 13px;
    color: var(--secondary-text-color);
  }
  .swatch {
    display: inline-block;
    width: 10px;
    height: 10px;
    margin: 0 4px 0 8px;
    border-radius: 2px;
  }
  .swatch:first-child {
    margin-left: 0;
  }
`,q=class extends g{render(){return!this.arm||!this.hass?d:o`<p class="arm ${this.arm.arm}">${Te(this.texts,this.arm,E(this.hass))}</p>`}};c(q,"properties",{hass:{attribute:!1},texts:{attribute:!1},arm:{attribute:!1}}),c(q,"styles",[$,y`
      :host {
        display: block;
      }
      .arm {
        margin: 8px 0;
        padding: 8px 12px;
        border-radius: 4px;
        border-left: 4px solid var(--secondary-text-color);
        background: var(--secondary-background-color);
      }
      .arm.change {
        border-left-color: var(--primary-color);
      }
    `]);var Z=class extends g{constructor(){super(),this.change="no_caffeine_after_cutoff",this.minutes=30,this.busy=!1,this.confirming=!1}say(t,e){return w(this.texts,t,e)}get language(){return R(this.hass)}async act(t){this.busy=!0,this.error=void 0;try{await t(),this.confirming=!1}catch(e){this.error=_(e,this.texts)}finally{this.busy=!1}}start(){let t=this.experiments?.choices;if(!t)return;let e={change:this.change,nights:this.nights??t.nights.default};this.change==="bedroom_target"&&(e.target_temperature=this.target??this.defaultTarget()),this.change==="earlier_detox"&&(e.minutes_earlier=this.minutes),this.act(()=>Ts(this.hass,this.entryId,e))}defaultTarget(){let t=this.experiments?.choices;return t?t.usual_target-Math.ceil(t.target_difference):0}render(){let t=this.experiments;return o`<section class="experiment">
        <h2>${this.say("title")}</h2>
        ${t?t.current?this.renderCurrent(t.current,t.tonight):this.renderForm(t):o`<p class="muted">${p(this.texts,"loading")}</p>`}
        ${this.error?o`<p class="error" role="alert">${this.error}</p>`:d}
      </section>
      ${t?.past.length?o`<section class="past">
            <h2>${this.say("past_title")}</h2>
            ${t.past.map(e=>Re(this.texts,this.language,e))}
          </section>`:d}`}number(t){let e=t.target.valueAsNumber;return Number.isFinite(e)?e:void 0}renderForm(t){let e=t.choices,s=e.changes.filter(n=>n!=="bedroom_target"||e.has_climate);return o`<p class="muted">${this.say("intro")}</p>
      <div class="form">
        <label
          >${this.say("field_change")}
          <select
            name="change"
            @change=${n=>{this.change=n.target.value}}
          >
            ${s.map(n=>o`<option value=${n} ?selected=${n===this.change}>${wt(this.texts,n)}</option>`)}
          </select>
        </label>
        <label
          >${this.say("field_nights",{min:e.nights.min,max:e.nights.max})}
          <input
            name="nights"
            type="number"
            inputmode="numeric"
            min=${e.nights.min}
            max=${e.nights.max}
            step="2"
            .value=${String(this.nights??e.nights.default)}
            @input=${n=>{this.nights=this.number(n)}}
          />
        </label>
        ${this.change==="bedroom_target"?o`<label
                >${this.say("field_target",{unit:e.unit})}
                <input
                  name="target_temperature"
                  type="number"
                  inputmode="decimal"
                  min=${e.target_range[0]}
                  max=${e.target_range[1]}
                  step="0.5"
                  .value=${String(this.target??this.defaultTarget())}
                  @input=${n=>{this.target=this.number(n)}}
                />
              </label>
              <p class="muted hint">
                ${this.say("target_hint",{usual:e.usual_target,unit:e.unit,difference:e.target_difference})}
              </p>`:d}
        ${this.change==="earlier_detox"?o`<label
                >${this.say("field_minutes")}
                <input
                  name="minutes_earlier"
                  type="number"
                  inputmode="numeric"
                  min=${e.minutes_earlier[0]}
                  max=${e.minutes_earlier[1]}
                  step="5"
                  .value=${String(this.minutes)}
                  @input=${n=>{this.minutes=this.number(n)??this.minutes}}
                />
              </label>
              <p class="muted hint">${this.say("minutes_hint",{minutes:e.usual_detox_minutes})}</p>`:d}
        <p class="muted">${this.say("first_night",{night:v(e.earliest_first_night,this.language)})}</p>
        <button class="action primary start" ?disabled=${this.busy} @click=${()=>this.start()}>${this.say("start")}</button>
      </div>`}renderCurrent(t,e){let s=this.language,n=wt(this.texts,t.change),i=t.result,a=e?.number??Math.min((i?.nights_run??0)+1,t.arms.length),h=i?i.arms.change.kept+i.arms.usual.kept:0;return o`<p class="notice status" role="status">
        ${t.status==="planned"?this.say("planned",{change:n,night:v(t.first_night,s),nights:t.arms.length}):this.say("running",{change:n,number:a,nights:t.arms.length,last:v(t.last_night,s)})}
      </p>
      <sleep-hygiene-experiment-arm .hass=${this.hass} .texts=${this.texts} .arm=${e}></sleep-hygiene-experiment-arm>
      ${i&&i.nights_run?o`<p class="progress">${this.say("progress",{nights:i.nights_run,unanswered:i.unanswered})}
            ${this.say("kept",{kept:h,nights:i.nights_run})}</p>`:d}
      <p class="muted">${this.say("result_later",{night:v(t.last_night,s)})}</p>
      ${this.confirming?o`<p>${this.say("stop_confirm")}</p>
            <div class="actions">
              <button
                class="action"
                ?disabled=${this.busy}
                @click=${()=>{this.confirming=!1}}
              >
                ${this.say("stop_no")}
              </button>
              <button class="action primary stop-yes" ?disabled=${this.busy} @click=${()=>this.act(()=>Ss(this.hass,this.entryId))}>
                ${this.say("stop_yes")}
              </button>
            </div>`:o`<div class="actions">
            <button
              class="action stop"
              ?disabled=${this.busy}
              @click=${()=>{this.confirming=!0}}
            >
              ${this.say("stop")}
            </button>
          </div>`}`}};c(Z,"properties",{hass:{attribute:!1},entryId:{attribute:!1},texts:{attribute:!1},experiments:{attribute:!1},change:{state:!0},nights:{state:!0},target:{state:!0},minutes:{state:!0},busy:{state:!0},confirming:{state:!0},error:{state:!0}}),c(Z,"styles",[$,Wt,y`
      :host {
        display: block;
      }
      section {
        background: var(--card-background-color, var(--ha-card-background));
        border-radius: var(--ha-card-border-radius, 12px);
        border: 1px solid var(--divider-color);
        padding: 16px;
        margin-bottom: 16px;
      }
      .form {
        display: grid;
        gap: 10px;
        max-width: 420px;
      }
      label {
        display: grid;
        gap: 4px;
        font-size: 14px;
      }
      select,
      input {
        font: inherit;
        min-height: 40px;
        padding: 6px 8px;
        border-radius: 8px;
        border: 1px solid var(--divider-color);
        background: var(--card-background-color, var(--ha-card-background));
        color: var(--primary-text-color);
      }
      .hint {
        margin: -4px 0 0;
        font-size: 13px;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        margin-top: 8px;
      }
      .start {
        justify-self: start;
      }
    `]);var Ns=3;function Ps(r,t,e){let s=n=>new Date(n).toLocaleDateString("en-CA",{timeZone:e});return s(r)===s(t)?"today":"tomorrow"}var W=class extends g{constructor(){super(),this.busy=!1}t(t,e){return p(this.texts,t,e)}async tryIt(){this.busy=!0,this.error=void 0;try{await xt(this.hass,this.entryId,"try_detox")}catch(t){this.error=_(t,this.texts)}finally{this.busy=!1}}render(){let t=this.tonight,e=t?.first_run;if(!t||!e)return d;let s=E(this.hass),n=k(e.first_detox,s),i=Ps(e.first_detox,t.now,s.timeZone),a=[e.has_phone?void 0:this.t("next_phone"),e.has_climate?void 0:this.t("next_climate"),e.has_lights?void 0:this.t("next_lights")].filter(l=>l!==void 0),h=t.trying_until;return o`<section class="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">${this.t("first_title")}</h2>
      <p class="when">${this.t(`first_detox_${i}`,{time:n})}</p>
      ${e.has_lights?o`<p>${this.t("try_text",{minutes:Ns})}</p>
            <div class="actions">
              <button class="action primary" ?disabled=${this.busy||h!==null} @click=${()=>this.tryIt()}>
                ${this.t("try")}
              </button>
            </div>
            ${h?o`<p class="feedback" role="status">${this.t("trying",{time:k(h,s)})}</p>`:d}`:d}
      ${this.error?o`<p class="error" role="alert">${this.error}</p>`:d}
      ${a.length?o`<h3>${this.t("next_title")}</h3>
            <ul class="next">
              ${a.map(l=>o`<li>${l}</li>`)}
            </ul>`:d}
    </section>`}};c(W,"properties",{hass:{attribute:!1},entryId:{attribute:!1},texts:{attribute:!1},tonight:{attribute:!1},busy:{state:!0},error:{state:!0}}),c(W,"styles",[$,y`
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
    `]);function Le(r){return Object.entries(r).map(([t,e])=>({key:t,...e}))}var Me=["worse","better","no_clear_difference","too_few_nights"];function He(r){return[...r].sort((t,e)=>{let s=Me.indexOf(t.verdict)-Me.indexOf(e.verdict);return s||(e.difference??-1/0)-(t.difference??-1/0)})}function kt(r,t){return p(r,`factor_${t}`)}function Oe(r,t,e){return t.difference===null||t.difference_low===null||t.difference_high===null?m(null,e):p(r,"interval",{difference:m(t.difference,e),low:m(t.difference_low,e),high:m(t.difference_high,e)})}function De(r,t,e){let s=kt(r,t.key);if(t.verdict==="too_few_nights"){let{more_nights_with:n,more_nights_without:i}=t;return n&&i?p(r,"factor_more_both",{factor:s,more_with:n,more_without:i}):n?p(r,"factor_more_with",{factor:s,more:n}):p(r,"factor_more_without",{factor:s,more:i})}return p(r,`factor_sentence_${t.verdict}`,{factor:s,nights_with:t.nights_with,nights_without:t.nights_without,burden_with:m(t.burden_with,e),burden_without:m(t.burden_without,e),difference:m(t.difference,e),low:m(t.difference_low,e),high:m(t.difference_high,e)})}function At(r,t,e,s,n){let i=(l,f)=>p(r,l,f),a=He(e),h=(l,f)=>i("nights_burden",{nights:l,burden:m(f,t)});return o`
    <p class="likely">
      ${s?i("likely_trigger",{factor:kt(r,s)}):i("no_trigger")}
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
          ${a.map(l=>o`<tr
              data-factor=${l.key}
              data-verdict=${l.verdict}
              class=${l.key===s?"likely-row":""}
            >
              <td>${kt(r,l.key)}</td>
              <td>${i(`verdict_${l.verdict}`)}</td>
              <td class="number">${Oe(r,l,t)}</td>
              <td class="number">${h(l.nights_with,l.burden_with)}</td>
              <td class="number">${h(l.nights_without,l.burden_without)}</td>
            </tr>`)}
        </tbody>
      </table>
    </div>
    <ul class="sentences">
      ${a.map(l=>l.verdict==="too_few_nights"&&l.nights_with===0?d:o`<li data-factor=${l.key}>${De(r,l,t)}</li>`)}
    </ul>
    <p class="muted">${i("insights_note",{minimum:m(n,t)})}</p>
  `}function Et(r,t){let e=s=>p(r,s);return o`
    ${t.length?o`<ul class="red-flags">
          ${t.map(s=>o`<li data-red-flag=${s}>${e(`red_flag_${s}`)}</li>`)}
        </ul>`:o`<p>${e("red_flags_none")}</p>`}
    <p class="muted">${e("red_flags_note")}</p>
  `}var Tt="sleep-hygiene-print",Rs=`
  @media screen { body > .${Tt} { display: none !important; } }
  @media print {
    html, body { height: auto !important; overflow: visible !important; background: #fff !important; }
    body > :not(.${Tt}) { display: none !important; }
    body > .${Tt} { display: block; color: #000; background: #fff; }
    @page { margin: 15mm 12mm; }
  }
`,St=class{constructor(){c(this,"wrapper");c(this,"view")}attach(){if(this.wrapper)return;let t=document.createElement("div");t.className=Tt;let e=document.createElement("style");e.textContent=Rs;let s=document.createElement("sleep-hygiene-summary");t.append(e,s),document.body.append(t),this.wrapper=t,this.view=s}show(t,e,s){this.view&&(this.view.texts=t,this.view.language=e,this.view.summary=s)}detach(){this.wrapper?.remove(),this.wrapper=void 0,this.view=void 0}};var Is=[14,28,90];function Ct(r,t,e,s,n="en"){return o`<div class="chips" role="group" aria-label=${t}>
    ${Is.map(i=>o`<button
        class="chip"
        aria-pressed=${e===i?"true":"false"}
        @click=${()=>{s(i)}}
      >
        ${fe(r,"range_nights",i,n,{nights:i})}
      </button>`)}
  </div>`}var G=class extends g{constructor(){super(...arguments);c(this,"portal",new St)}connectedCallback(){super.connectedCallback(),this.portal.attach()}disconnectedCallback(){super.disconnectedCallback(),this.portal.detach()}updated(){this.portal.show(this.texts,this.language,this.summary)}t(e,s){return p(this.texts,e,s)}pickSpan(e){this.dispatchEvent(new CustomEvent("summary-span-changed",{detail:e,bubbles:!0,composed:!0}))}render(){let e=this.insights;return o`
      <section class="insights">
        <h2>${this.t("insights_title")}</h2>
        ${e?o`<p class="muted">${this.t("insights_intro",{nights:e.nights})}</p>
              ${At(this.texts,this.language,e.factors,e.likely_trigger,e.minimum_difference)}`:o`<p class="muted">${this.t("loading")}</p>`}
      </section>
      <section class="red-flags">
        <h2>${this.t("red_flags_title")}</h2>
        ${e?Et(this.texts,e.red_flags):o`<p class="muted">${this.t("loading")}</p>`}
      </section>
      <section class="summary">
        <div class="head">
          <h2>${this.t("summary_title")}</h2>
          ${Ct(this.texts,this.t("summary_title"),this.span,s=>{this.pickSpan(s)})}
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
    `}};c(G,"properties",{language:{attribute:!1},texts:{attribute:!1},insights:{attribute:!1},summary:{attribute:!1},span:{attribute:!1}}),c(G,"styles",[$,$t,y`
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
    `]);var J=class extends g{t(t){return p(this.texts,t)}async download(t){this.busy=t,this.error=void 0;try{let e=await _e(this.hass,this.entryId,t),s=URL.createObjectURL(new Blob([e.content],{type:`${e.mime_type};charset=utf-8`})),n=document.createElement("a");n.href=s,n.download=e.filename,this.renderRoot.appendChild(n),n.click(),n.remove(),setTimeout(()=>{URL.revokeObjectURL(s)},0)}catch(e){this.error=_(e,this.texts)}finally{this.busy=void 0}}render(){return o`
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
      ${this.error?o`<p class="error" role="alert">${this.error}</p>`:d}
    `}};c(J,"properties",{hass:{attribute:!1},entryId:{attribute:!1},texts:{attribute:!1},busy:{state:!0},error:{state:!0}}),c(J,"styles",[$,y`
      :host {
        display: block;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
    `]);function Fe(r,t,e){return t===ct&&e!==Be?{...r,[t]:Ms(r[t],e)}:{...r,[t]:e}}var ct="evening",Be="calm",je="stressed_hard_exercise",Ue=["stressed","hard_exercise"];function Gt(r){return r===je?[...Ue]:Ue.filter(t=>t===r)}function Ms(r,t){let e=new Set(Gt(r));return e.has(t)?e.delete(t):e.add(t),e.size===2?je:[...e][0]??Be}function ht(r,t,e){let s={};for(let{key:n}of r){let i=t[n];i!=null&&i!==e[n]&&(s[n]=i)}return s}function ze(r,t,e){return Object.keys(ht(r,t,e)).length?"unsaved":r.some(({key:s})=>e[s]!==null&&e[s]!==void 0)?"saved":"empty"}function Ve(r,t,e){let s=t[r];return s!=null&&s===e[r]}function Ke(r,t){return Object.fromEntries(r.map(({key:e})=>[e,t[e]??null]))}var pt=500;function Jt(r){return[...r.trim()].length}function Nt(r,t){let e=r.trim();if(!(!e||e===(t??"")||Jt(e)>pt))return e}var Q=class extends g{constructor(){super(),this.draft={},this.note="",this.saving=!1,this.promptCare=!1,this.pickable=!1}willUpdate(t){if(!t.has("morning")||!this.morning)return;let e=t.get("morning"),{questions:s,answers:n}=this.morning,i=Ke(s,n),a=e&&e.night===this.morning.night?ht(s,this.draft,e.answers):{};this.draft={...i,...a},(!(e?.night===this.morning.night)||Nt(this.note,e.notes)===void 0)&&(this.note=this.morning.notes??""),e?.night!==this.morning.night&&(this.result=void 0)}t(t,e){return p(this.texts,t,e)}choose(t,e){this.draft=Fe(this.draft,t,e),this.result=void 0,this.error=void 0}async save(){let t=this.morning;if(!t)return;let e=ht(t.questions,this.draft,t.answers),s=Nt(this.note,t.notes);this.saving=!0,this.error=void 0;try{let n=await $e(this.hass,this.entryId,t.night,e,s);this.morning={...t,answered:!0,answers:{...t.answers,...e},notes:s??t.notes},this.result=n.score,this.promptCare=n.prompt_care,this.dispatchEvent(new CustomEvent("checked-in",{bubbles:!0,composed:!0})),await this.updateComplete,this.renderRoot.querySelector(".confirmation")?.scrollIntoView({block:"center"})}catch(n){this.error=_(n,this.texts)}finally{this.saving=!1}}confirmation(){let t=this.result===void 0?this.morning?.habits_and_bedroom:this.result?.habits_and_bedroom,e=this.result===void 0?this.morning?.symptom_burden:this.result?.symptom_burden;if(this.result===void 0&&!this.morning?.answered)return d;let s=this.hass.locale?.language??this.hass.language,n=t==null?this.t("confirm_no_score"):this.t("confirm_hygiene",{hygiene:m(t,s)});return e==null?n:`${n} ${this.t("confirm_burden",{burden:m(e,s)})}`}renderPromptCare(){return(this.result===void 0?this.morning?.prompt_care:this.promptCare)?o`<div class="prompt-care" role="alert">
      <strong>${this.t("prompt_care_title")}</strong>
      <p>${T(this.texts,"common.prompt_care")}</p>
    </div>`:d}cutoff(){let t=this.morning?.caffeine_cutoff;return t?k(t,E(this.hass)):""}questionLabel(t){return T(this.texts,`common.check_in_question_${t}`,{cutoff:this.cutoff()})}optionLabel(t,e){return t==="caffeine"&&e==="before_cutoff"?T(this.texts,"common.check_in_choice_before_cutoff",{cutoff:this.cutoff()}):t===ct&&e!=="calm"?this.t(`evening_${e}`):D(this.texts,t,e)}render(){let t=this.morning;if(!t)return o`<p class="muted">${this.t("loading")}</p>`;let e=this.hass.locale?.language??this.hass.language,s=ze(t.questions,this.draft,t.answers),n=Nt(this.note,t.notes)!==void 0,i=Object.keys(ht(t.questions,this.draft,t.answers)).length+(n?1:0),a=s==="saved"&&n?"unsaved":s,h=a==="saved"?this.confirmation():d;return o`
      <h2>${this.t("morning_title",{night:v(t.night,e)})}</h2>
      ${this.pickable?this.renderNightPicker(t,e):d}
      <p class="muted intro">${this.t("morning_intro")}</p>
      ${t.questions.map(l=>this.renderQuestion(l.key,l.options))}
      ${this.renderNote(t.notes)}
      <div class="footer">
        <button class="action primary" ?disabled=${!i||this.saving} @click=${()=>this.save()}>
          ${this.saving?this.t("saving"):this.t("submit")}
        </button>
        <span class="status ${a}" role="status">
          ${a==="unsaved"?this.t("status_unsaved",{count:i}):this.t(a==="saved"?"status_saved":"status_empty")}
        </span>
      </div>
      ${h===d?d:o`<p class="notice confirmation" role="status">${h}</p>`}
      ${h===d?d:o`<sleep-hygiene-experiment-arm .hass=${this.hass} .texts=${this.texts} .arm=${t.experiment_today}></sleep-hygiene-experiment-arm>`}
      ${a==="saved"?this.renderPromptCare():d}
      ${this.error?o`<p class="error" role="alert">${this.error}</p>`:d}
    `}renderNightPicker(t,e){let s=t.recent;if(s.length<2)return d;let n=s[0]?.night;return o`<label class="night-picker">
      <span class="muted">${this.t("night_picker")}</span>
      <select
        @change=${i=>{let a=i.target.value;this.dispatchEvent(new CustomEvent("night-picked",{detail:a===n?void 0:a,bubbles:!0,composed:!0}))}}
      >
        ${s.map(({night:i,answered:a})=>o`<option value=${i} ?selected=${i===t.night}>
            ${this.t(a?"night_option_answered":"night_option_open",{night:v(i,e)})}
          </option>`)}
      </select>
    </label>`}renderNote(t){let e=Jt(this.note);return o`
      <details class="note" ?open=${t!==null}>
        <summary>${t===null?this.t("note_add"):this.t("note_saved")}</summary>
        <label>
          <span class="muted">${this.t("note_label")}</span>
          <textarea
            rows="3"
            maxlength=${pt}
            .value=${this.note}
            @input=${s=>{this.note=s.target.value,this.result=void 0,this.error=void 0}}
          ></textarea>
        </label>
        <span class="muted count ${e>pt?"over":""}">
          ${this.t("note_count",{count:e,max:pt})}
        </span>
      </details>
    `}renderQuestion(t,e){let s=this.morning?.answers??{},n=this.draft[t],i=t===ct?e.filter(l=>l!=="stressed_hard_exercise"):e,a=l=>t===ct&&l!=="calm"?Gt(n).includes(l):n===l,h=n==null?d:Ve(t,this.draft,s)?o`<span class="mark saved">✓ ${this.t("answer_saved")}</span>`:o`<span class="mark unsaved">● ${this.t("answer_unsaved")}</span>`;return o`
      <div class="question" role="group" aria-labelledby="q-${t}" data-question=${t}>
        <p class="text" id="q-${t}">${this.questionLabel(t)} ${h}</p>
        <div class="chips">
          ${i.map(l=>o`<button
              class="chip"
              data-option=${l}
              aria-pressed=${a(l)?"true":"false"}
              @click=${()=>{this.choose(t,l)}}
            >
              ${this.optionLabel(t,l)}
            </button>`)}
        </div>
        ${t==="doctor_signs"?o`<p class="muted hint">${this.t("doctor_signs_hint")}</p>`:d}
      </div>
    `}};c(Q,"properties",{hass:{attribute:!1},entryId:{attribute:!1},texts:{attribute:!1},morning:{attribute:!1},pickable:{type:Boolean},draft:{state:!0},note:{state:!0},saving:{state:!0},result:{state:!0},promptCare:{state:!0},error:{state:!0}}),c(Q,"styles",[$,y`
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
    `]);var Ls=[["into_bed","time"],["asleep_at","time"],["final_wake","time"],["out_of_bed","time"],["time_in_bed_minutes","minutes"],["latency_minutes","minutes"],["awakenings","count"],["times_out_of_bed","count"],["waso_minutes","minutes"],["total_sleep_minutes","minutes"],["efficiency_percent","percent"],["wearable_score","count"],["phone_screen_minutes","minutes"]];function Hs(r,t,e){let s=t.split("+").filter(Boolean);return U(s.map(n=>p(r,`measured_source_${n}`)),e)}function Os(r,t,e,s){if(t==="time")return k(String(e),s);let n=m(Number(e),s.language);return t==="minutes"?p(r,"measured_minutes",{minutes:n}):t==="percent"?p(r,"measured_percent",{percent:n}):n}function qe(r,t,e){let s=[];for(let[n,i]of Ls){let a=r[n];if(a===null)continue;let h=r.sources[n];s.push({key:n,label:p(t,`measure_${n}`),value:Os(t,i,a,e),source:h?p(t,"measured_from",{sources:Hs(t,h,e.language)}):""})}return s}var Ds=["bedroom","habits","symptoms","measured"];function Us(r){return[...new Set([...Ds,...r.map(t=>t.group)])].filter(t=>r.some(e=>e.group===t))}var X=class extends g{t(t,e){return p(this.texts,t,e)}send(t,e){this.dispatchEvent(new CustomEvent(t,{detail:e}))}render(){let t=this.night,e=v(t.night,this.language),s=t.score===null?this.t("breakdown_no_score",{night:e}):this.t("breakdown_title",{night:e,score:m(t.score,this.language)});return o`
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
        ${t.symptom_burden===null?d:o`<p>${this.t("breakdown_burden",{burden:m(t.symptom_burden,this.language)})}</p>`}
        ${this.renderDetail(this.detail)}
      </div>
    `}renderDetail(t){return t?o`
      ${t.parts.length?Us(t.parts).map(e=>this.renderGroup(e,t.parts.filter(s=>s.group===e))):o`<p class="muted">${this.t("breakdown_empty")}</p>`}
      ${this.renderSideBySide(t)}
    `:this.error?o`<p class="error" role="alert">${_(this.error,this.texts)}</p>`:o`<p class="muted">${this.t("loading")}</p>`}get locale(){return{language:this.language,timeFormat:this.timeFormat??"language",timeZone:this.timeZone}}renderSideBySide(t){if(!t.answers&&!t.measured)return d;let e=Object.entries(t.answers??{}),s=t.measured?qe(t.measured,this.texts,this.locale):[];return o`
      <div class="side-by-side">
        <section class="answers" aria-label=${this.t("answers_title")}>
          <h4>${this.t("answers_title")}</h4>
          ${t.answers?o`<dl>
                ${e.map(([n,i])=>o`<div data-answer=${n}>
                    <dt>${this.t(`question_${n}`)}</dt>
                    <dd>${i?D(this.texts,n,i):this.t("not_answered")}</dd>
                  </div>`)}
              </dl>
              ${t.notes?o`<p class="notes">${this.t("notes_shown",{notes:t.notes})}</p>`:d}`:o`<p class="muted">${this.t("answers_none")}</p>`}
        </section>
        <section class="measured" aria-label=${this.t("measured_title")}>
          <h4>${this.t("measured_title")}</h4>
          ${s.length?o`<dl>
                ${s.map(n=>o`<div data-measure=${n.key}>
                    <dt>${n.label}</dt>
                    <dd>${n.value}</dd>
                    ${n.source?o`<dd class="muted source">${n.source}</dd>`:d}
                  </div>`)}
              </dl>`:o`<p class="muted">${this.t("measured_none")}</p>`}
          ${t.measured?.flags.length?o`<p class="muted">${this.t("measured_flags")}</p>`:d}
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
    `}};c(X,"properties",{texts:{attribute:!1},language:{attribute:!1},timeFormat:{attribute:!1},timeZone:{attribute:!1},night:{attribute:!1},detail:{attribute:!1},error:{attribute:!1},hasEarlier:{attribute:!1},hasLater:{attribute:!1}}),c(X,"styles",[$,y`
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
    `]);var Ze=["morning","tonight","trends","insights"];function Fs(r){let t=new URLSearchParams(r).get("view");return Ze.find(e=>e===t)}var Y=class extends g{constructor(){super();c(this,"source",new j(this));c(this,"text",new I(this));this.nightsSpan=28,this.summarySpan=14,this.tab=Fs(window.location.search)}get texts(){return this.text.texts}t(e,s){return p(this.texts,e,s)}willUpdate(e){if(!this.hass)return;this.text.follow(this.hass),!this.bedrooms&&e.has("hass")&&!e.get("hass")&&this.loadBedrooms(),this.source.use(this.hass,this.entryId);let s=this.source.data.morning;!this.tab&&s&&(this.tab=s.answered?"tonight":"morning");for(let[n,i]of this.wanted())this.source.want(n,i)}wanted(){let s=[["morning",this.morningNight?{night:this.morningNight}:{}]];return this.tab==="tonight"&&s.push(["tonight",{}]),this.tab==="trends"&&s.push(["nights",{nights:this.nightsSpan}]),this.tab==="trends"&&this.trendsNight&&s.push(["night",{night:this.trendsNight}]),this.tab==="insights"&&s.push(["insights",{}],["summary",{nights:this.summarySpan}]),this.tab==="insights"&&s.push(["experiments",{}]),s}async loadBedrooms(){try{let{bedrooms:e,firstView:s}=await bt(this.hass);this.bedrooms=e,this.entryId??=e[0]?.entry_id,this.source.use(this.hass,this.entryId,s)}catch(e){this.error=e??"error"}}pickBedroom(e){this.entryId=e,this.tab=void 0,this.morningNight=void 0}render(){return o`
      <div class="toolbar">
        <ha-menu-button .hass=${this.hass} .narrow=${this.narrow}></ha-menu-button>
        <div class="title">${this.t("title")}</div>
      </div>
      <div class="content">${this.renderContent()}</div>
    `}renderContent(){let e=this.error??this.text.error;return e?o`<p class="error" role="alert">${_(e,this.texts)}</p>`:this.bedrooms?this.bedrooms.length?o`
      ${this.bedrooms.length>1?o`<nav class="tabs bedrooms" role="tablist">
            ${this.bedrooms.map(s=>this.renderTab(s.name,s.entry_id===this.entryId,()=>{this.pickBedroom(s.entry_id)}))}
          </nav>`:d}
      <nav class="tabs views" role="tablist">
        ${Ze.map(s=>this.renderTab(this.t(`tab_${s}`),s===this.tab,()=>{this.tab=s}))}
      </nav>
      ${this.renderTabContent()}
    `:o`<p class="notice">${this.t("no_bedrooms")}</p>`:o`<p class="muted">${this.t("loading")}</p>`}renderTab(e,s,n){return o`<button role="tab" class="tab" aria-selected=${s?"true":"false"} @click=${n}>
      ${e}
    </button>`}renderError(e){let s=e.map(n=>this.source.errors[n]).find(Boolean);return s?o`<p class="error" role="alert">${_(s,this.texts)}</p>`:d}renderTabContent(){let{data:e}=this.source,s=this.entryId??"",n=R(this.hass);switch(this.tab){case void 0:return this.renderError(["morning"])===d?o`<p class="muted">${this.t("loading")}</p>`:this.renderError(["morning"]);case"morning":return o`${this.renderError(["morning"])}<section>
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
              </section>`:d}`;case"trends":return o`${this.renderError(["nights"])}<section>
            <sleep-hygiene-trends
              .language=${n}
              .timeFormat=${E(this.hass).timeFormat}
              .timeZone=${E(this.hass).timeZone}
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
          </section>`;case"insights":return o`${this.renderError(["insights","summary","experiments"])}
          <sleep-hygiene-experiment .hass=${this.hass} .entryId=${s} .texts=${this.texts} .experiments=${e.experiments}></sleep-hygiene-experiment>
          <sleep-hygiene-insights
            .language=${n}
            .texts=${this.texts}
            .insights=${e.insights}
            .summary=${e.summary}
            .span=${this.summarySpan}
            @summary-span-changed=${i=>{this.summarySpan=i.detail}}
          ></sleep-hygiene-insights>`}}};c(Y,"properties",{hass:{attribute:!1},narrow:{attribute:!1},bedrooms:{state:!0},entryId:{state:!0},tab:{state:!0},error:{state:!0},nightsSpan:{state:!0},trendsNight:{state:!0},summarySpan:{state:!0},morningNight:{state:!0}}),c(Y,"styles",[$,$t,y`
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
    `]);var We=["twitches","leg_sensations","awakenings","pain","rested","caffeine","alcohol","evening"],Bs=[["score","average_score"],["score_7_nights","average_score_7"],["score_28_nights","average_score_28"],["bedroom","group_bedroom"],["habits","group_habits"],["symptoms","group_symptoms"],["symptom_burden","average_burden"],["symptom_burden_7_nights","average_burden_7"]],tt=class extends g{t(t,e){return p(this.texts,t,e)}number(t){return m(t,this.language)}render(){let t=this.summary;if(!t)return o`<p class="muted">${this.t("loading")}</p>`;let e=We.filter(n=>n in t.answer_counts),s=[...We,"doctor_signs"].filter(n=>n in t.answer_counts);return o`
      <article>
        <h2>${this.t("summary_heading",{bedroom:t.bedroom})}</h2>
        <p>
          ${this.t("summary_span",{first:v(t.first_night,this.language),last:v(t.last_night,this.language)})}
        </p>
        <p class="muted">${this.t("summary_note")}</p>
        <h3>${this.t("summary_averages")}</h3>
        <table class="averages">
          ${Bs.filter(([n])=>n in t.averages).map(([n,i])=>o`<tr>
              <th>${this.t(i)}</th>
              <td class="number">${this.number(t.averages[n])}</td>
            </tr>`)}
          <tr>
            <th>${this.t("summary_streak")}</th>
            <td class="number">${this.number(t.check_in_streak)}</td>
          </tr>
        </table>
        <h3>${this.t("red_flags_title")}</h3>
        ${Et(this.texts,t.red_flags.active)}
        <h3>${this.t("insights_title")}</h3>
        ${At(this.texts,this.language,Le(t.insights.factors),t.insights.likely_trigger,t.insights.minimum_difference)}
        ${Ie(this.texts,this.language,t.experiments)}
        <h3>${this.t("summary_answers")}</h3>
        <div class="scroll">
          <table class="answers">
            ${s.map(n=>o`<tr>
                <th>${this.t(`question_${n}`)}</th>
                <td>
                  ${Object.entries(t.answer_counts[n]??{}).map(([i,a])=>`${D(this.texts,n,i)}: ${a}`).join(" · ")}
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
      <td class="when">${v(t.night,this.language)}</td>
      <td class="number">${this.number(t.score?.score)}</td>
      <td class="number">${this.number(t.score?.symptom_burden)}</td>
      ${t.recorded?e.map(i=>{let a=s[i];return o`<td>${a?D(this.texts,i,a):"–"}</td>`}):o`<td colspan=${e.length} class="muted">${this.t("summary_no_record")}</td>`}
      <td>${n.length?n.join(" · "):d}</td>
    </tr>`}};c(tt,"properties",{texts:{attribute:!1},language:{attribute:!1},summary:{attribute:!1}}),c(tt,"styles",[$,Wt,y`
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
    `]);function js(r,t){let{texts:e,locale:s}=t,n=s.language,i=[];if(r.lights.length){let{brightness_pct:a,night_brightness_pct:h,color_temp_kelvin:l}=r.dim;i.push(p(e,l?"plan_dim":"plan_dim_plain",{lights:U(r.lights.map(t.name),n),brightness:m(a,n),night_brightness:m(h,n)}))}if(r.screens.length){let a=U(r.screens.map(t.name),n),h=r.screen_policy==="keep_off"?"plan_screens_kept_off":"plan_screens_off";i.push(p(e,h,{screens:a}))}return i.length?i:[p(e,"plan_detox")]}function zs(r,t,e){switch(r){case"digital_detox":return js(t,e);case"lights_out":return[p(e.texts,t.lights.length?"plan_lights_off":"step_lights_out")];case"wake":return[p(e.texts,"plan_wake")];default:return[p(e.texts,`step_${r}`)]}}function Ge(r,t){let e=[];r.steps.forEach((i,a)=>{e.push({at:i.at,actions:zs(i.step,r,t),order:a*2+1,status:i.status,started:i.step==="digital_detox"&&i.status==="done"})});let s=r.climate;if(s){let i=Ee(s.target,s.unit,t.locale.language),a=l=>Date.parse(l)<=Date.parse(r.now)?"done":"planned",h=l=>r.detox==="skipped"?"skipped":a(l);e.push({at:s.at,actions:[p(t.texts,"plan_thermostat",{temperature:i})],order:0,status:h(s.at),started:!1}),e.push({at:s.restore_at,actions:[p(t.texts,"plan_restore")],order:0,status:h(s.restore_at),started:!1})}let n=new Map;for(let i of e){let a=Math.floor(Date.parse(i.at)/6e4);n.set(a,[...n.get(a)??[],i])}return[...n.entries()].sort(([i],[a])=>i-a).map(([,i])=>{let a=[...i].sort((b,x)=>b.order-x.order),h=a[0]?.at??"",f=new Set(a.map(b=>b.status)).size===1?a[0]?.status??"planned":"planned";return{at:h,time:k(h,t.locale),actions:a.flatMap(b=>b.actions),status:f,started:a.some(b=>b.started)}})}function Je(r){return r.map(t=>`${t.time} ${t.actions.join(", ")}`).join(" · ")}function Qe(r){let t=r.lights_out_passed||["done","missed","first_tomorrow","off"].includes(r.detox);return{shown:!t,skip:!t&&(r.detox==="planned"||r.detox==="running"),start:!t&&r.detox==="planned",resume:!t&&r.detox==="skipped"}}var Vs={skip_tonight:"skipped_done",start_detox:"started_done",resume_tonight:"resumed_done"},et=class extends g{constructor(){super(),this.compact=!1}t(t,e){return p(this.texts,t,e)}async run(t){this.busy=t,this.feedback=void 0,this.error=void 0;try{await xt(this.hass,this.entryId,t),this.feedback=this.t(Vs[t])}catch(e){this.error=_(e,this.texts)}finally{this.busy=void 0}}render(){let t=this.tonight;if(!t)return o`<p class="muted">${this.t("loading")}</p>`;let e=E(this.hass),s=Ge(t,{texts:this.texts,locale:e,name:i=>_t(this.hass,i)}),n=t.detox==="skipped"||t.detox==="missed"||t.detox==="off";return o`
      <h2>${this.t("tonight_title")}</h2>
      <p class="notice state ${t.detox}">${this.t(`detox_${t.detox}`)}</p>
      <sleep-hygiene-experiment-arm .hass=${this.hass} .texts=${this.texts} .arm=${t.experiment}></sleep-hygiene-experiment-arm>
      ${this.compact?o`<p class="sentence ${n?"inactive":""}">${Je(s)}</p>`:o`<ol class="plan ${n?"inactive":""}">
            ${s.map(i=>o`<li class=${i.status}>
                <span class="time">${i.time}</span><span class="what">${i.actions.join(", ")}</span>
                ${this.renderMark(i.status,i.started)}
              </li>`)}
          </ol>`}
      ${this.renderActions(t)} ${this.compact?d:this.renderDevices(t)}
      ${this.compact?d:this.renderSoFar(t)}
    `}renderMark(t,e){if(t==="planned")return d;let s=t==="skipped"?this.t("step_skipped"):`✓ ${this.t(e?"step_started":"step_done")}`;return o`<span class="mark ${t}">${s}</span>`}renderActions(t){let e=Qe(t),s=t.lights_out_passed&&t.detox!=="off"?o`<p class="muted over">${this.t("actions_over")}</p>`:d;return o`
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
            ${this.t("resume_hint",{time:k(this.lightsOut(t),E(this.hass))})}
          </p>`:d}`:s}
      ${this.feedback?o`<p class="feedback" role="status">${this.feedback}</p>`:d}
      ${this.error?o`<p class="error" role="alert">${this.error}</p>`:d}
    `}lightsOut(t){return t.steps.find(e=>e.step==="lights_out")?.at??t.now}deviceState(t){let e=this.hass.states[t];if(!e)return this.t("entity_missing");let s=this.hass.formatEntityState?.(e)??e.state,n=e.attributes.brightness;if(e.state==="on"&&typeof n=="number"){let i=E(this.hass).language;return`${s} · ${m(Math.round(n/255*100),i)} %`}return s}renderDevices(t){let e=[...t.lights.map(s=>({id:s,kind:"light"})),...t.screens.map(s=>({id:s,kind:"screen"}))];return o`
      <h3>${this.t("controls_title")}</h3>
      ${e.length?o`<ul class="devices">
            ${e.map(({id:s,kind:n})=>o`<li data-entity=${s}>
                <span class="name">${_t(this.hass,s)}</span>
                <span class="muted kind">${this.t(`kind_${n}`)}</span>
                <span class="value">${this.deviceState(s)}</span>
              </li>`)}
          </ul>`:o`<p class="muted">${this.t("no_devices")}</p>`}
    `}renderSoFar(t){let e=E(this.hass),s=t.so_far,n=[];return s.detox_started_at?n.push(this.t("so_far_detox_started",{time:k(s.detox_started_at,e)})):t.detox==="planned"&&n.push(this.t("so_far_not_started")),s.lights_out_at&&n.push(this.t("so_far_lights_out",{time:k(s.lights_out_at,e)})),n.push(s.overrides.length?this.t("so_far_overrides",{names:U(s.overrides.map(i=>_t(this.hass,i)),e.language)}):this.t("so_far_no_overrides")),s.screen_minutes!==null&&n.push(this.t("so_far_screen_minutes",{minutes:m(s.screen_minutes,e.language)})),o`<h3>${this.t("so_far_title")}</h3>
      <ul class="so-far">
        ${n.map(i=>o`<li>${i}</li>`)}
      </ul>`}};c(et,"properties",{hass:{attribute:!1},entryId:{attribute:!1},texts:{attribute:!1},tonight:{attribute:!1},compact:{type:Boolean},busy:{state:!0},feedback:{state:!0},error:{state:!0}}),c(et,"styles",[$,y`
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
    `]);function Xe(r,t=100){if(r===null||!Number.isFinite(r))return null;let e=Math.min(Math.max(r,0),t);return Math.max(e/t*100,2)}function Ye(r,t=100){return r===null||!Number.isFinite(r)?null:Math.min(Math.max(r,0),t)/t*100}function ts(r,t){if(r<=0||t<=0)return[];let e=Math.max(1,Math.ceil(r/t)),s=[];for(let n=r-1;n>=0;n-=e)s.unshift(n);return s}function es(r,t,e){let s=r.indexOf(t);return s<0?void 0:r[s+e]}var st=class extends g{t(t,e){return p(this.texts,t,e)}pickSpan(t){this.dispatchEvent(new CustomEvent("span-changed",{detail:t,bubbles:!0,composed:!0}))}select(t){this.selected=t,this.dispatchEvent(new CustomEvent("night-selected",{detail:t,bubbles:!0,composed:!0}))}render(){let t=this.nights;return o`
      <div class="head">
        <h2>${this.t("trends_title")}</h2>
        ${Ct(this.texts,this.t("trends_title"),this.span,e=>{this.pickSpan(e)},this.language)}
      </div>
      ${t?this.renderCharts(t):o`<p class="muted">${this.t("loading")}</p>`}
    `}renderCharts(t){let e=t.nights,s=e.some(i=>i.score!==null||i.symptom_burden!==null),n=e.find(i=>i.night===this.selected);return o`
      ${s?d:o`<p class="notice">${this.t("no_nights")}</p>`}
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
            @move=${i=>{let a=e.map(h=>h.night);this.select(es(a,n.night,i.detail)??n.night)}}
            @close=${()=>{this.select(void 0)}}
          ></sleep-hygiene-night-breakdown>`:o`<p class="muted hint">${this.t("tap_a_night")}</p>`}
    `}renderChart(t,e,s,n,i){let a=Ye(s),h=new Set(ts(t.length,7));return o`
      <figure class="chart ${e}" style="--count: ${t.length}">
        <figcaption>
          <span class="title">${this.t(n)}</span>
          <span class="muted">${this.t(i)}</span>
          <span class="average">${this.t("average_7",{value:m(s,this.language)})}</span>
        </figcaption>
        <div class="plot">
          ${a===null?d:o`<div class="average-line" style="bottom: ${a}%"></div>`}
          ${t.map(l=>{let f=l[e],b=Xe(f),x=`${v(l.night,this.language)}: ${f===null?this.t("not_answered"):m(f,this.language)}`;return o`<button
              class="night ${l.night===this.selected?"selected":""}"
              title=${x}
              aria-label=${x}
              @click=${()=>{this.select(l.night)}}
            >
              ${b===null?o`<span class="empty"></span>`:o`<span class="bar" style="height: ${b}%"></span>`}
            </button>`})}
        </div>
        <div class="labels" aria-hidden="true">
          ${t.map((l,f)=>o`<span>${h.has(f)?Ae(l.night,this.language):""}</span>`)}
        </div>
      </figure>
    `}};c(st,"properties",{language:{attribute:!1},timeFormat:{attribute:!1},timeZone:{attribute:!1},texts:{attribute:!1},nights:{attribute:!1},detail:{attribute:!1},detailError:{attribute:!1},span:{attribute:!1},selected:{state:!0}}),c(st,"styles",[$,y`
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
    `]);function A(r,t){customElements.get(r)||customElements.define(r,t)}function ss(r){let t=window;t.customCards??=[],t.customCards.some(e=>e.type===r.type)||t.customCards.push(r)}function Ks(r,t){let e=t?.split("-")[0];return t&&r[t]||e&&r[e]||(r.en??"")}function qs(){let r=document.querySelector("home-assistant");return r?.hass?R(r.hass):void 0}var rs={type:"sleep-hygiene-card",name:"Sleep Hygiene",get description(){return Ks(u,qs())},preview:!0};A("sleep-hygiene-morning",Q);A("sleep-hygiene-tonight",et);A("sleep-hygiene-dashboard-yaml",K);A("sleep-hygiene-first-run",W);A("sleep-hygiene-journal-export",J);A("sleep-hygiene-night-breakdown",X);A("sleep-hygiene-trends",st);A("sleep-hygiene-summary",tt);A("sleep-hygiene-insights",G);A("sleep-hygiene-experiment",Z);A("sleep-hygiene-experiment-arm",q);A("sleep-hygiene-panel",Y);A("sleep-hygiene-card",z);A("sleep-hygiene-card-editor",V);ss(rs);
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
