// Sleep Hygiene panel and card. Built from frontend/ by `npm run build`: do not edit.
var as=Object.defineProperty;var ls=(r,t,e)=>t in r?as(r,t,{enumerable:!0,configurable:!0,writable:!0,value:e}):r[t]=e;var h=(r,t,e)=>ls(r,typeof t!="symbol"?t+"":t,e);var m={de:"Morgens der Check-in, abends der Plan zum Runterkommen für heute Nacht.",en:"The morning check-in, or tonight's wind-down plan in the evening.",es:"El cuestionario de la mañana o, por la tarde, el plan para relajarse esta noche.",fr:"Le bilan du matin, ou le soir le programme de détente de la nuit.",it:"Il questionario del mattino o, la sera, il programma per rilassarsi stanotte.",nl:"De check-in 's ochtends, of 's avonds het plan om tot rust te komen voor vannacht.",pl:"Poranna ankieta, a wieczorem plan wyciszenia na dzisiejszą noc."};var ft=globalThis,bt=ft.ShadowRoot&&(ft.ShadyCSS===void 0||ft.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,It=Symbol(),te=new WeakMap,nt=class{constructor(t,e,s){if(this._$cssResult$=!0,s!==It)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o,e=this.t;if(bt&&t===void 0){let s=e!==void 0&&e.length===1;s&&(t=te.get(e)),t===void 0&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),s&&te.set(e,t))}return t}toString(){return this.cssText}},ee=r=>new nt(typeof r=="string"?r:r+"",void 0,It),b=(r,...t)=>{let e=r.length===1?r[0]:t.reduce((s,n,i)=>s+(a=>{if(a._$cssResult$===!0)return a.cssText;if(typeof a=="number")return a;throw Error("Value passed to 'css' function must be a 'css' function result: "+a+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(n)+r[i+1],r[0]);return new nt(e,r,It)},se=(r,t)=>{if(bt)r.adoptedStyleSheets=t.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let e of t){let s=document.createElement("style"),n=ft.litNonce;n!==void 0&&s.setAttribute("nonce",n),s.textContent=e.cssText,r.appendChild(s)}},Mt=bt?r=>r:r=>r instanceof CSSStyleSheet?(t=>{let e="";for(let s of t.cssRules)e+=s.cssText;return ee(e)})(r):r;var{is:cs,defineProperty:hs,getOwnPropertyDescriptor:ps,getOwnPropertyNames:us,getOwnPropertySymbols:ms,getPrototypeOf:gs}=Object,yt=globalThis,re=yt.trustedTypes,fs=re?re.emptyScript:"",bs=yt.reactiveElementPolyfillSupport,it=(r,t)=>r,Lt={toAttribute(r,t){switch(t){case Boolean:r=r?fs:null;break;case Object:case Array:r=r==null?r:JSON.stringify(r)}return r},fromAttribute(r,t){let e=r;switch(t){case Boolean:e=r!==null;break;case Number:e=r===null?null:Number(r);break;case Object:case Array:try{e=JSON.parse(r)}catch{e=null}}return e}},ie=(r,t)=>!cs(r,t),ne={attribute:!0,type:String,converter:Lt,reflect:!1,useDefault:!1,hasChanged:ie};Symbol.metadata??=Symbol("metadata"),yt.litPropertyMetadata??=new WeakMap;var N=class extends HTMLElement{static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(t,e=ne){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(t)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(t,e),!e.noAccessor){let s=Symbol(),n=this.getPropertyDescriptor(t,s,e);n!==void 0&&hs(this.prototype,t,n)}}static getPropertyDescriptor(t,e,s){let{get:n,set:i}=ps(this.prototype,t)??{get(){return this[e]},set(a){this[e]=a}};return{get:n,set(a){let c=n?.call(this);i?.call(this,a),this.requestUpdate(t,c,s)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)??ne}static _$Ei(){if(this.hasOwnProperty(it("elementProperties")))return;let t=gs(this);t.finalize(),t.l!==void 0&&(this.l=[...t.l]),this.elementProperties=new Map(t.elementProperties)}static finalize(){if(this.hasOwnProperty(it("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(it("properties"))){let e=this.properties,s=[...us(e),...ms(e)];for(let n of s)this.createProperty(n,e[n])}let t=this[Symbol.metadata];if(t!==null){let e=litPropertyMetadata.get(t);if(e!==void 0)for(let[s,n]of e)this.elementProperties.set(s,n)}this._$Eh=new Map;for(let[e,s]of this.elementProperties){let n=this._$Eu(e,s);n!==void 0&&this._$Eh.set(n,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(t){let e=[];if(Array.isArray(t)){let s=new Set(t.flat(1/0).reverse());for(let n of s)e.unshift(Mt(n))}else t!==void 0&&e.push(Mt(t));return e}static _$Eu(t,e){let s=e.attribute;return s===!1?void 0:typeof s=="string"?s:typeof t=="string"?t.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(t=>this.enableUpdating=t),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(t=>t(this))}addController(t){(this._$EO??=new Set).add(t),this.renderRoot!==void 0&&this.isConnected&&t.hostConnected?.()}removeController(t){this._$EO?.delete(t)}_$E_(){let t=new Map,e=this.constructor.elementProperties;for(let s of e.keys())this.hasOwnProperty(s)&&(t.set(s,this[s]),delete this[s]);t.size>0&&(this._$Ep=t)}createRenderRoot(){let t=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return se(t,this.constructor.elementStyles),t}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(t=>t.hostConnected?.())}enableUpdating(t){}disconnectedCallback(){this._$EO?.forEach(t=>t.hostDisconnected?.())}attributeChangedCallback(t,e,s){this._$AK(t,s)}_$ET(t,e){let s=this.constructor.elementProperties.get(t),n=this.constructor._$Eu(t,s);if(n!==void 0&&s.reflect===!0){let i=(s.converter?.toAttribute!==void 0?s.converter:Lt).toAttribute(e,s.type);this._$Em=t,i==null?this.removeAttribute(n):this.setAttribute(n,i),this._$Em=null}}_$AK(t,e){let s=this.constructor,n=s._$Eh.get(t);if(n!==void 0&&this._$Em!==n){let i=s.getPropertyOptions(n),a=typeof i.converter=="function"?{fromAttribute:i.converter}:i.converter?.fromAttribute!==void 0?i.converter:Lt;this._$Em=n;let c=a.fromAttribute(e,i.type);this[n]=c??this._$Ej?.get(n)??c,this._$Em=null}}requestUpdate(t,e,s,n=!1,i){if(t!==void 0){let a=this.constructor;if(n===!1&&(i=this[t]),s??=a.getPropertyOptions(t),!((s.hasChanged??ie)(i,e)||s.useDefault&&s.reflect&&i===this._$Ej?.get(t)&&!this.hasAttribute(a._$Eu(t,s))))return;this.C(t,e,s)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(t,e,{useDefault:s,reflect:n,wrapped:i},a){s&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,a??e??this[t]),i!==!0||a!==void 0)||(this._$AL.has(t)||(this.hasUpdated||s||(e=void 0),this._$AL.set(t,e)),n===!0&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let t=this.scheduleUpdate();return t!=null&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[n,i]of this._$Ep)this[n]=i;this._$Ep=void 0}let s=this.constructor.elementProperties;if(s.size>0)for(let[n,i]of s){let{wrapped:a}=i,c=this[n];a!==!0||this._$AL.has(n)||c===void 0||this.C(n,void 0,i,c)}}let t=!1,e=this._$AL;try{t=this.shouldUpdate(e),t?(this.willUpdate(e),this._$EO?.forEach(s=>s.hostUpdate?.()),this.update(e)):this._$EM()}catch(s){throw t=!1,this._$EM(),s}t&&this._$AE(e)}willUpdate(t){}_$AE(t){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(t){return!0}update(t){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(t){}firstUpdated(t){}};N.elementStyles=[],N.shadowRootOptions={mode:"open"},N[it("elementProperties")]=new Map,N[it("finalized")]=new Map,bs?.({ReactiveElement:N}),(yt.reactiveElementVersions??=[]).push("2.1.2");var jt=globalThis,oe=r=>r,xt=jt.trustedTypes,ae=xt?xt.createPolicy("lit-html",{createHTML:r=>r}):void 0,ue="$lit$",R=`lit$${Math.random().toFixed(9).slice(2)}$`,me="?"+R,ys=`<${me}>`,O=document,at=()=>O.createComment(""),lt=r=>r===null||typeof r!="object"&&typeof r!="function",zt=Array.isArray,xs=r=>zt(r)||typeof r?.[Symbol.iterator]=="function",Ht=`[ 	
\f\r]`,ot=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,le=/-->/g,de=/>/g,L=RegExp(`>|${Ht}(?:([^\\s"'>=/]+)(${Ht}*=${Ht}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),ce=/'/g,he=/"/g,ge=/^(?:script|style|textarea|title)$/i,Vt=r=>(t,...e)=>({_$litType$:r,strings:t,values:e}),o=Vt(1),Kt=Vt(2),nr=Vt(3),D=Symbol.for("lit-noChange"),l=Symbol.for("lit-nothing"),pe=new WeakMap,H=O.createTreeWalker(O,129);function fe(r,t){if(!zt(r)||!r.hasOwnProperty("raw"))throw Error("invalid template strings array");return ae!==void 0?ae.createHTML(t):t}var $s=(r,t)=>{let e=r.length-1,s=[],n,i=t===2?"<svg>":t===3?"<math>":"",a=ot;for(let c=0;c<e;c++){let d=r[c],p,f,x=-1,C=0;for(;C<d.length&&(a.lastIndex=C,f=a.exec(d),f!==null);)C=a.lastIndex,a===ot?f[1]==="!--"?a=le:f[1]!==void 0?a=de:f[2]!==void 0?(ge.test(f[2])&&(n=RegExp("</"+f[2],"g")),a=L):f[3]!==void 0&&(a=L):a===L?f[0]===">"?(a=n??ot,x=-1):f[1]===void 0?x=-2:(x=a.lastIndex-f[2].length,p=f[1],a=f[3]===void 0?L:f[3]==='"'?he:ce):a===he||a===ce?a=L:a===le||a===de?a=ot:(a=L,n=void 0);let P=a===L&&r[c+1].startsWith("/>")?" ":"";i+=a===ot?d+ys:x>=0?(s.push(p),d.slice(0,x)+ue+d.slice(x)+R+P):d+R+(x===-2?c:P)}return[fe(r,i+(r[e]||"<?>")+(t===2?"</svg>":t===3?"</math>":"")),s]},dt=class r{constructor({strings:t,_$litType$:e},s){let n;this.parts=[];let i=0,a=0,c=t.length-1,d=this.parts,[p,f]=$s(t,e);if(this.el=r.createElement(p,s),H.currentNode=this.el.content,e===2||e===3){let x=this.el.content.firstChild;x.replaceWith(...x.childNodes)}for(;(n=H.nextNode())!==null&&d.length<c;){if(n.nodeType===1){if(n.hasAttributes())for(let x of n.getAttributeNames())if(x.endsWith(ue)){let C=f[a++],P=n.getAttribute(x).split(R),gt=/([.?@])?(.*)/.exec(C);d.push({type:1,index:i,name:gt[2],strings:P,ctor:gt[1]==="."?Dt:gt[1]==="?"?Ut:gt[1]==="@"?Ft:j}),n.removeAttribute(x)}else x.startsWith(R)&&(d.push({type:6,index:i}),n.removeAttribute(x));if(ge.test(n.tagName)){let x=n.textContent.split(R),C=x.length-1;if(C>0){n.textContent=xt?xt.emptyScript:"";for(let P=0;P<C;P++)n.append(x[P],at()),H.nextNode(),d.push({type:2,index:++i});n.append(x[C],at())}}}else if(n.nodeType===8)if(n.data===me)d.push({type:2,index:i});else{let x=-1;for(;(x=n.data.indexOf(R,x+1))!==-1;)d.push({type:7,index:i}),x+=R.length-1}i++}}static createElement(t,e){let s=O.createElement("template");return s.innerHTML=t,s}};function B(r,t,e=r,s){if(t===D)return t;let n=s!==void 0?e._$Co?.[s]:e._$Cl,i=lt(t)?void 0:t._$litDirective$;return n?.constructor!==i&&(n?._$AO?.(!1),i===void 0?n=void 0:(n=new i(r),n._$AT(r,e,s)),s!==void 0?(e._$Co??=[])[s]=n:e._$Cl=n),n!==void 0&&(t=B(r,n._$AS(r,t.values),n,s)),t}var Ot=class{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){let{el:{content:e},parts:s}=this._$AD,n=(t?.creationScope??O).importNode(e,!0);H.currentNode=n;let i=H.nextNode(),a=0,c=0,d=s[0];for(;d!==void 0;){if(a===d.index){let p;d.type===2?p=new ct(i,i.nextSibling,this,t):d.type===1?p=new d.ctor(i,d.name,d.strings,this,t):d.type===6&&(p=new Bt(i,this,t)),this._$AV.push(p),d=s[++c]}a!==d?.index&&(i=H.nextNode(),a++)}return H.currentNode=O,n}p(t){let e=0;for(let s of this._$AV)s!==void 0&&(s.strings!==void 0?(s._$AI(t,s,e),e+=s.strings.length-2):s._$AI(t[e])),e++}},ct=class r{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(t,e,s,n){this.type=2,this._$AH=l,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=s,this.options=n,this._$Cv=n?.isConnected??!0}get parentNode(){let t=this._$AA.parentNode,e=this._$AM;return e!==void 0&&t?.nodeType===11&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=B(this,t,e),lt(t)?t===l||t==null||t===""?(this._$AH!==l&&this._$AR(),this._$AH=l):t!==this._$AH&&t!==D&&this._(t):t._$litType$!==void 0?this.$(t):t.nodeType!==void 0?this.T(t):xs(t)?this.k(t):this._(t)}O(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}T(t){this._$AH!==t&&(this._$AR(),this._$AH=this.O(t))}_(t){this._$AH!==l&&lt(this._$AH)?this._$AA.nextSibling.data=t:this.T(O.createTextNode(t)),this._$AH=t}$(t){let{values:e,_$litType$:s}=t,n=typeof s=="number"?this._$AC(t):(s.el===void 0&&(s.el=dt.createElement(fe(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===n)this._$AH.p(e);else{let i=new Ot(n,this),a=i.u(this.options);i.p(e),this.T(a),this._$AH=i}}_$AC(t){let e=pe.get(t.strings);return e===void 0&&pe.set(t.strings,e=new dt(t)),e}k(t){zt(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,s,n=0;for(let i of t)n===e.length?e.push(s=new r(this.O(at()),this.O(at()),this,this.options)):s=e[n],s._$AI(i),n++;n<e.length&&(this._$AR(s&&s._$AB.nextSibling,n),e.length=n)}_$AR(t=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);t!==this._$AB;){let s=oe(t).nextSibling;oe(t).remove(),t=s}}setConnected(t){this._$AM===void 0&&(this._$Cv=t,this._$AP?.(t))}},j=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,e,s,n,i){this.type=1,this._$AH=l,this._$AN=void 0,this.element=t,this.name=e,this._$AM=n,this.options=i,s.length>2||s[0]!==""||s[1]!==""?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=l}_$AI(t,e=this,s,n){let i=this.strings,a=!1;if(i===void 0)t=B(this,t,e,0),a=!lt(t)||t!==this._$AH&&t!==D,a&&(this._$AH=t);else{let c=t,d,p;for(t=i[0],d=0;d<i.length-1;d++)p=B(this,c[s+d],e,d),p===D&&(p=this._$AH[d]),a||=!lt(p)||p!==this._$AH[d],p===l?t=l:t!==l&&(t+=(p??"")+i[d+1]),this._$AH[d]=p}a&&!n&&this.j(t)}j(t){t===l?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}},Dt=class extends j{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===l?void 0:t}},Ut=class extends j{constructor(){super(...arguments),this.type=4}j(t){this.element.toggleAttribute(this.name,!!t&&t!==l)}},Ft=class extends j{constructor(t,e,s,n,i){super(t,e,s,n,i),this.type=5}_$AI(t,e=this){if((t=B(this,t,e,0)??l)===D)return;let s=this._$AH,n=t===l&&s!==l||t.capture!==s.capture||t.once!==s.once||t.passive!==s.passive,i=t!==l&&(s===l||n);n&&this.element.removeEventListener(this.name,this,s),i&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)}},Bt=class{constructor(t,e,s){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(t){B(this,t)}};var vs=jt.litHtmlPolyfillSupport;vs?.(dt,ct),(jt.litHtmlVersions??=[]).push("3.3.3");var be=(r,t,e)=>{let s=e?.renderBefore??t,n=s._$litPart$;if(n===void 0){let i=e?.renderBefore??null;s._$litPart$=n=new ct(t.insertBefore(at(),i),i,void 0,e??{})}return n._$AI(r),n};var qt=globalThis,y=class extends N{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let t=super.createRenderRoot();return this.renderOptions.renderBefore??=t.firstChild,t}update(t){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=be(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return D}};y._$litElement$=!0,y.finalized=!0,qt.litElementHydrateSupport?.({LitElement:y});var _s=qt.litElementPolyfillSupport;_s?.({LitElement:y});(qt.litElementVersions??=[]).push("4.2.2");var ws=/\{(\w+)\}/g;function Zt(r,t={}){return r.replace(ws,(e,s)=>s in t?String(t[s]):e)}function ks(r){let s=r.slice(r.lastIndexOf(".")+1).replace(/^panel_(part|source|factor|red_flag|step|question|group|tab)_/,"").replace(/^panel_/,"").replace(/_/g," ");return s.charAt(0).toUpperCase()+s.slice(1)}function S(r,t,e){let s=r[t];return s===void 0?ks(t):Zt(s,e)}function Wt(r,t,e,s,n){let i;try{i=new Intl.PluralRules(s).select(e)}catch{i=e===1?"one":"other"}let a=`${t}_${i}`;return S(r,a in r?a:`${t}_other`,n)}function T(r,t,e,s,n){return Wt(r,`common.panel_${t}`,e,s,n)}function u(r,t,e){return S(r,`common.panel_${t}`,e)}function U(r,t,e){return S(r,`selector.${t}.options.${e}`)}function I(r){return r.locale?.language??r.language}var ye=new WeakMap;function xe(r,t){let e=ye.get(r);e||(e=new Map,ye.set(r,e));let s=e.get(t);return s||(s=r.sendMessagePromise({type:"sleep_hygiene/texts",language:t}).then(n=>n.texts),s.catch(()=>e.delete(t)),e.set(t,s)),s}function v(r,t={}){if(!r||typeof r!="object")return String(r);let e=r,s=typeof e.translation_key=="string"?`exceptions.${e.translation_key}.message`:"",n=s?t[s]:void 0;if(n!==void 0){let i=e.translation_placeholders;return Zt(n,i&&typeof i=="object"?i:{})}return typeof e.message=="string"?e.message:JSON.stringify(r)}async function $e(r){return(await r.connection.sendMessagePromise({type:"sleep_hygiene/bedrooms"})).bedrooms}async function $t(r){let t=await r.connection.sendMessagePromise({type:"sleep_hygiene/bedrooms",first_view:!0});return{bedrooms:t.bedrooms,firstView:t.first_view}}function ve(r,t,e,s={}){return r.connection.sendMessagePromise({type:`sleep_hygiene/${t}`,entry_id:e,...s})}function _e(r,t,e,s,n){return r.connection.sendMessagePromise({type:"sleep_hygiene/check_in",entry_id:t,night:e,answers:s,...n===void 0?{}:{notes:n}})}async function vt(r,t,e){await r.callService("sleep_hygiene",e,{config_entry_id:t},void 0,!1)}function we(r,t,e){return r.connection.sendMessagePromise({type:"sleep_hygiene/export",entry_id:t,format:e})}var z=class{constructor(t){h(this,"host",t);h(this,"data",{});h(this,"errors",{});h(this,"hass");h(this,"entryId");h(this,"wanted",new Map);h(this,"subscription");h(this,"connected",!1);t.addController(this)}get bedroom(){return this.entryId}hostConnected(){this.connected=!0,this.subscribe()}hostDisconnected(){this.connected=!1,this.unsubscribe()}use(t,e,s=null){let n=this.hass?.connection===t.connection;if(this.hass=t,n&&e===this.entryId)return;this.unsubscribe(),this.entryId=e,this.data={},this.errors={};let i=[...this.wanted.entries()];this.wanted.clear(),this.seed(s);for(let[a,c]of i)this.want(a,JSON.parse(c));this.subscribe()}want(t,e={}){let s=JSON.stringify(e);this.wanted.get(t)!==s&&(this.wanted.set(t,s),this.errors[t]!==void 0&&(this.errors={...this.errors,[t]:void 0}),this.fetch(t))}seed(t){if(!t||t.entry_id!==this.entryId)return;let e={morning:t.morning,tonight:t.tonight};for(let s of Object.keys(e))this.wanted.set(s,JSON.stringify({}));this.data=e,this.host.requestUpdate()}refresh(){for(let t of this.wanted.keys())this.fetch(t)}async fetch(t){let{hass:e,entryId:s}=this,n=this.wanted.get(t);if(!(!e||!s||n===void 0)){try{let i=await ve(e,t,s,JSON.parse(n));if(s!==this.entryId||n!==this.wanted.get(t))return;this.data={...this.data,[t]:i},this.errors={...this.errors,[t]:void 0}}catch(i){if(s!==this.entryId)return;this.errors={...this.errors,[t]:i??"error"}}this.host.requestUpdate()}}subscribe(){let{hass:t,entryId:e}=this;!this.connected||!t||!e||this.subscription||(this.subscription=t.connection.subscribeMessage(()=>{this.refresh()},{type:"sleep_hygiene/subscribe",entry_id:e}).catch(()=>{}))}unsubscribe(){let t=this.subscription;this.subscription=void 0,t?.then(e=>e?.()).catch(()=>{})}};function As(r){let t=r.find(s=>s.step==="digital_detox"),e=r.find(s=>s.step==="lights_out");return(t??e)?.at??null}function ke(r,t,e,s){if(r==="morning"||r==="tonight")return r;if(e)return"tonight";let n=As(s);return n===null||t.getTime()<Date.parse(n)?"morning":"tonight"}var M=class{constructor(t){h(this,"host",t);h(this,"texts",{});h(this,"error");h(this,"language");t.addController(this)}hostConnected(){}follow(t){let e=I(t);e!==this.language&&(this.language=e,xe(t.connection,e).then(s=>{this.texts=s,this.host.requestUpdate()},s=>{this.error=s??"error",this.host.requestUpdate()}))}};var $=b`
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
`,_t=b`
  section {
    background: var(--card-background-color, var(--ha-card-background));
    border-radius: var(--ha-card-border-radius, 12px);
    border: var(--ha-card-border-width, 1px) solid var(--ha-card-border-color, var(--divider-color));
    box-shadow: var(--ha-card-box-shadow, none);
    padding: 16px;
    margin: 0 0 16px;
  }
`,wt=b`
  .fit {
    container-type: inline-size;
  }
  @media screen {
    @container (max-width: 760px) {
      table.cards,
      table.cards > tbody,
      table.cards > tbody > tr,
      table.cards > tbody > tr > td {
        display: block;
      }
      table.cards > thead {
        display: none;
      }
      table.cards > tbody > tr {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 4px 16px;
        padding: 10px 0;
        border-bottom: 1px solid var(--divider-color);
      }
      table.cards > tbody > tr > td {
        flex: 1 1 100%;
        min-width: 0;
        padding: 0;
        border: none;
        text-align: start;
        white-space: normal;
        overflow-wrap: anywhere;
      }
      table.cards > tbody > tr > td:empty {
        display: none;
      }
      table.cards td[data-label]::before {
        content: attr(data-label) ": ";
        color: var(--secondary-text-color);
      }
      table.cards > tbody > tr > td.figure {
        order: -2;
        flex: 0 1 auto;
        font-size: 20px;
        font-weight: 500;
      }
      table.cards > tbody > tr > td.figure::before {
        content: attr(data-label);
        display: block;
        font-size: 12px;
        font-weight: 400;
      }
      table.cards > tbody > tr > td.title {
        order: -1;
        flex: 1 1 8em;
        font-weight: 500;
      }
    }
  }
`;var Ae="/sleep-hygiene",V=class extends y{constructor(){super();h(this,"source",new z(this));h(this,"text",new M(this));h(this,"picking",!1);this.justCheckedIn=!1,this.noBedroom=!1}static getConfigElement(){return document.createElement("sleep-hygiene-card-editor")}static getStubConfig(){return{}}setConfig(e){this.config=e,this.entryId=e.entry_id,this.error=void 0}getCardSize(){return 8}getGridOptions(){return{columns:12,min_columns:6,min_rows:4}}get texts(){return this.text.texts}t(e,s){return u(this.texts,e,s)}willUpdate(){this.hass&&(this.text.follow(this.hass),!this.entryId&&!this.picking&&!this.noBedroom&&!this.error&&this.pickFirstBedroom(),this.source.use(this.hass,this.entryId),this.source.want("morning"),this.source.want("tonight"))}async pickFirstBedroom(){this.picking=!0;try{let{bedrooms:e,firstView:s}=await $t(this.hass);this.entryId=e[0]?.entry_id,this.entryId||(this.noBedroom=!0),this.source.use(this.hass,this.entryId,s)}catch(e){this.error=e??"error"}finally{this.picking=!1}}openPanel(e){e.preventDefault(),history.pushState(null,"",Ae),window.dispatchEvent(new CustomEvent("location-changed",{detail:{replace:!1}}))}render(){return o`<ha-card>
      <div class="card-content">${this.renderBody()}</div>
      <div class="card-actions">
        <a href=${Ae} @click=${e=>{this.openPanel(e)}}>${this.t("open_panel")}</a>
      </div>
    </ha-card>`}renderBody(){let{morning:e,tonight:s}=this.source.data;if(this.noBedroom)return o`<p class="notice">${this.t("no_bedrooms")}</p>`;let n=this.error??this.text.error??this.source.errors.morning??this.source.errors.tonight;return n?o`<p class="error" role="alert">${v(n,this.texts)}</p>`:!e||!s||!this.entryId?o`<p class="muted">${this.t("loading")}</p>`:(this.justCheckedIn?"morning":ke(this.config.mode,new Date,e.answered,s.steps))==="morning"?o`<sleep-hygiene-morning
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
    ></sleep-hygiene-tonight>`}};h(V,"properties",{hass:{attribute:!1},config:{state:!0},entryId:{state:!0},error:{state:!0},justCheckedIn:{state:!0},noBedroom:{state:!0}}),h(V,"styles",[$,b`
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
    `]);var Es=["auto","morning","tonight"],K=class extends y{constructor(){super(...arguments);h(this,"text",new M(this))}setConfig(e){this.config=e}willUpdate(e){this.hass&&(this.text.follow(this.hass),e.has("hass")&&!e.get("hass")&&$e(this.hass).then(s=>this.bedrooms=s,s=>this.error=s??"error"))}get texts(){return this.text.texts}t(e){return u(this.texts,e)}change(e,s){let n={...this.config};s?n[e]=s:delete n[e],e==="mode"&&s==="auto"&&delete n.mode,this.config=n,this.dispatchEvent(new CustomEvent("config-changed",{detail:{config:n},bubbles:!0,composed:!0}))}render(){return this.config?o`
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
          ${Es.map(e=>o`<option value=${e} ?selected=${(this.config.mode??"auto")===e}>${this.t(`mode_${e}`)}</option>`)}
        </select>
      </label>
      ${this.error?o`<p class="error">${v(this.error,this.texts)}</p>`:""}
    `:o``}};h(K,"properties",{hass:{attribute:!1},config:{state:!0},bedrooms:{state:!0},error:{state:!0}}),h(K,"styles",[$,b`
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
    `]);var q=class extends y{constructor(){super(),this.copied=!1}willUpdate(t){t.has("entryId")&&(this.yaml=void 0,this.copied=!1)}t(t){return u(this.texts,t)}async load(){this.error=void 0;try{let t=await this.hass.connection.sendMessagePromise({type:"sleep_hygiene/dashboard",entry_id:this.entryId});this.yaml=t.yaml}catch(t){this.error=v(t,this.texts)}}async copy(){let t=this.renderRoot.querySelector("textarea");try{await navigator.clipboard.writeText(this.yaml??""),this.copied=!0}catch{t?.select()}}render(){return o`
      <h3>${this.t("dashboard_title")}</h3>
      <p class="muted">${this.t("dashboard_intro")}</p>
      ${this.yaml===void 0?o`<button class="action" @click=${()=>this.load()}>${this.t("dashboard_show")}</button>`:o`<textarea readonly rows="12" aria-label=${this.t("dashboard_title")}>${this.yaml}</textarea>
            <button class="action" @click=${()=>this.copy()}>
              ${this.copied?this.t("copied"):this.t("copy")}
            </button>`}
      ${this.error?o`<p class="error" role="alert">${this.error}</p>`:l}
    `}};h(q,"properties",{hass:{attribute:!1},entryId:{attribute:!1},texts:{attribute:!1},yaml:{state:!0},copied:{state:!0},error:{state:!0}}),h(q,"styles",[$,b`
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
    `]);function E(r){let t=r.locale;return{language:t?.language??r.language,timeFormat:t?.time_format??"language",timeZone:t?.time_zone==="server"?r.config.time_zone:void 0}}function Ts(r){if(r.timeFormat==="12")return!0;if(r.timeFormat==="24")return!1;let t=r.timeFormat==="system"?void 0:r.language,e=new Intl.DateTimeFormat(t,{hour:"numeric"}).resolvedOptions().hourCycle;return e==="h11"||e==="h12"}function k(r,t){let e=Ts(t);return new Intl.DateTimeFormat(t.language,{hour:e?"numeric":"2-digit",minute:"2-digit",hourCycle:e?"h12":"h23",timeZone:t.timeZone}).format(new Date(r))}function Ee(r){let[t,e,s]=r.split("-").map(Number);return new Date(Date.UTC(t??1970,(e??1)-1,s??1))}function _(r,t){return new Intl.DateTimeFormat(t,{weekday:"short",day:"numeric",month:"short",timeZone:"UTC"}).format(Ee(r))}function Te(r,t){return new Intl.DateTimeFormat(t,{day:"numeric",month:"short",timeZone:"UTC"}).format(Ee(r))}function g(r,t){return r==null?"–":new Intl.NumberFormat(t,{maximumFractionDigits:1}).format(r)}function Se(r,t,e){return`${g(r,e)} ${t}`}function F(r,t){return new Intl.ListFormat(t,{style:"long",type:"conjunction"}).format(r)}function kt(r,t){let e=r.states[t]?.attributes.friendly_name;return typeof e=="string"&&e?e:t}var Ss=["bedroom_target","earlier_detox"],Cs={sleep_latency:"latency_minutes",sleep_efficiency:"efficiency_percent",sleep_awakenings:"awakenings"};function w(r,t,e){return S(r,`common.experiment_${t}`,e)}function Ce(r,t,e,s,n){return Wt(r,`common.experiment_${t}`,e,s,n)}function At(r,t){return S(r,`selector.experiment_change.options.${t}`)}function Ne(r,t,e){let s=t.arm==="change"?`arm_change_${t.change}`:Ss.includes(t.change)?`arm_usual_${t.change}`:"arm_usual",n=w(r,s,{time:t.at===null?"":k(t.at,e),target:t.target===null?"":`${g(t.target,e.language)} ${t.unit}`});return w(r,"today",{arm:n,number:t.number,nights:t.nights})}function Gt(r,t){return r===null?"–":new Intl.NumberFormat(t,{maximumFractionDigits:1,signDisplay:"exceptZero"}).format(r)}function ht(r,t){return{difference:Gt(r.difference,t),low:Gt(r.difference_low,t),high:Gt(r.difference_high,t),pairs:r.pairs,more:r.more_pairs_needed}}function Pe(r,t,e){let s=t.result,n=s?.as_assigned;if(!s||!n)return[];let a=[n.verdict==="too_few_nights"?Ce(r,"verdict_too_few_nights",n.pairs,e,ht(n,e)):w(r,`verdict_${n.verdict}`,ht(n,e))];n.verdict!=="too_few_nights"&&(a.push(w(r,"difference",ht(n,e))),a.push(w(r,"means",{change:g(n.mean_change,e),usual:g(n.mean_usual,e)})));let c=s.per_protocol;if(c){let d=c.verdict==="too_few_nights"?"per_protocol_too_few":"per_protocol";a.push(w(r,d,ht(c,e)))}for(let[d,p]of Object.entries(s.measured??{})){let f=S(r,`common.panel_measure_${Cs[d]??d}`),x=p.verdict==="too_few_nights"?"measured_too_few":"measured";a.push(w(r,x,{...ht(p,e),measure:f}))}return a.push(Ce(r,"unanswered",s.pairs_dropped,e,{unanswered:s.unanswered,nights:s.nights_run,dropped:s.pairs_dropped})),a}function Re(r,t,e){let s=w(r,"span",{first:_(t.first_night,e),last:_(t.last_night,e)}),n=t.stopped_early?` (${w(r,"stopped_early")})`:"";return`${At(r,t.change)}: ${s}${n}`}function Ie(r){let t=[];for(let e=0;e+1<r.length;e+=2){let s=[r[e],r[e+1]],n=i=>s.find(a=>a?.arm===i)?.symptom_burden??null;t.push({number:e/2+1,change:n("change"),usual:n("usual")})}return t}function Ns(r,t,e){return r.connection.sendMessagePromise({type:"sleep_hygiene/start_experiment",entry_id:t,...e})}function Ps(r,t){return r.connection.sendMessagePromise({type:"sleep_hygiene/stop_experiment",entry_id:t})}var Jt=24,Me=8;function Rs(r,t){let e=Ie(t.nights??[]);if(!e.length)return l;let s=e.length*Jt,n=(i,a,c)=>i===null?l:Kt`<rect class=${c} x=${a} y=${100-Math.max(i,1)} width=${Me}
          height=${Math.max(i,1)}></rect>`;return o`<figure class="arms-chart">
    <svg viewBox="0 0 ${s} 100" preserveAspectRatio="none" role="img" aria-label=${w(r,"chart_label")}>
      <line class="axis" x1="0" y1="100" x2=${s} y2="100"></line>
      ${e.map((i,a)=>Kt`${n(i.change,a*Jt+3,"change")}
          ${n(i.usual,a*Jt+3+Me+1,"usual")}`)}
    </svg>
    <figcaption>
      <span class="swatch change"></span>${w(r,"legend_change")}
      <span class="swatch usual"></span>${w(r,"legend_usual")}
    </figcaption>
  </figure>`}function Le(r,t,e){let[s,...n]=Pe(r,e,t);return o`<article class="result" data-change=${e.change}>
    <h3>${Re(r,e,t)}</h3>
    ${s?o`<p class="verdict">${s}</p>`:l}
    ${n.map(i=>o`<p>${i}</p>`)} ${Rs(r,e)}
    <p class="muted">${w(r,"clearly_means")}</p>
  </article>`}function He(r,t,e){let s=(e??[]).filter(n=>n.status==="finished");return s.length?o`<h3>${w(r,"summary_title")}</h3>
    ${s.map(n=>Le(r,t,n))}`:l}var Qt=b`
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
`,Z=class extends y{render(){return!this.arm||!this.hass?l:o`<p class="arm ${this.arm.arm}">${Ne(this.texts,this.arm,E(this.hass))}</p>`}};h(Z,"properties",{hass:{attribute:!1},texts:{attribute:!1},arm:{attribute:!1}}),h(Z,"styles",[$,b`
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
    `]);var W=class extends y{constructor(){super(),this.change="no_caffeine_after_cutoff",this.minutes=30,this.busy=!1,this.confirming=!1}say(t,e){return w(this.texts,t,e)}get language(){return I(this.hass)}async act(t){this.busy=!0,this.error=void 0;try{await t(),this.confirming=!1}catch(e){this.error=v(e,this.texts)}finally{this.busy=!1}}start(){let t=this.experiments?.choices;if(!t)return;let e={change:this.change,nights:this.nights??t.nights.default};this.change==="bedroom_target"&&(e.target_temperature=this.target??this.defaultTarget()),this.change==="earlier_detox"&&(e.minutes_earlier=this.minutes),this.act(()=>Ns(this.hass,this.entryId,e))}defaultTarget(){let t=this.experiments?.choices;return t?t.usual_target-Math.ceil(t.target_difference):0}render(){let t=this.experiments;return o`<section class="experiment">
        <h2>${this.say("title")}</h2>
        ${t?t.current?this.renderCurrent(t.current,t.tonight):this.renderForm(t):o`<p class="muted">${u(this.texts,"loading")}</p>`}
        ${this.error?o`<p class="error" role="alert">${this.error}</p>`:l}
      </section>
      ${t?.past.length?o`<section class="past">
            <h2>${this.say("past_title")}</h2>
            ${t.past.map(e=>Le(this.texts,this.language,e))}
          </section>`:l}`}number(t){let e=t.target.valueAsNumber;return Number.isFinite(e)?e:void 0}renderForm(t){let e=t.choices;return o`<p class="muted">${this.say("intro")}</p>
      <div class="form">
        <label
          >${this.say("field_change")}
          <select
            name="change"
            @change=${s=>{this.change=s.target.value}}
          >
            ${e.changes.map(s=>o`<option value=${s} ?selected=${s===this.change}>${At(this.texts,s)}</option>`)}
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
            @input=${s=>{this.nights=this.number(s)}}
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
                  @input=${s=>{this.target=this.number(s)}}
                />
              </label>
              <p class="muted hint">
                ${this.say("target_hint",{usual:e.usual_target,unit:e.unit,difference:e.target_difference})}
              </p>`:l}
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
                  @input=${s=>{this.minutes=this.number(s)??this.minutes}}
                />
              </label>
              <p class="muted hint">${this.say("minutes_hint",{minutes:e.usual_detox_minutes})}</p>`:l}
        <p class="muted">${this.say("first_night",{night:_(e.earliest_first_night,this.language)})}</p>
        <button class="action primary start" ?disabled=${this.busy} @click=${()=>this.start()}>${this.say("start")}</button>
      </div>`}renderCurrent(t,e){let s=this.language,n=At(this.texts,t.change),i=t.result,a=e?.number??Math.min((i?.nights_run??0)+1,t.arms.length),c=i?i.arms.change.kept+i.arms.usual.kept:0;return o`<p class="notice status" role="status">
        ${t.status==="planned"?this.say("planned",{change:n,night:_(t.first_night,s),nights:t.arms.length}):this.say("running",{change:n,number:a,nights:t.arms.length,last:_(t.last_night,s)})}
      </p>
      <sleep-hygiene-experiment-arm .hass=${this.hass} .texts=${this.texts} .arm=${e}></sleep-hygiene-experiment-arm>
      ${i&&i.nights_run?o`<p class="progress">${this.say("progress",{nights:i.nights_run,unanswered:i.unanswered})}
            ${this.say("kept",{kept:c,nights:i.nights_run})}</p>`:l}
      <p class="muted">${this.say("result_later",{night:_(t.last_night,s)})}</p>
      ${this.confirming?o`<p>${this.say("stop_confirm")}</p>
            <div class="actions">
              <button
                class="action"
                ?disabled=${this.busy}
                @click=${()=>{this.confirming=!1}}
              >
                ${this.say("stop_no")}
              </button>
              <button class="action primary stop-yes" ?disabled=${this.busy} @click=${()=>this.act(()=>Ps(this.hass,this.entryId))}>
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
          </div>`}`}};h(W,"properties",{hass:{attribute:!1},entryId:{attribute:!1},texts:{attribute:!1},experiments:{attribute:!1},change:{state:!0},nights:{state:!0},target:{state:!0},minutes:{state:!0},busy:{state:!0},confirming:{state:!0},error:{state:!0}}),h(W,"styles",[$,Qt,b`
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
    `]);var Is=3;function Ms(r,t,e){let s=n=>new Date(n).toLocaleDateString("en-CA",{timeZone:e});return s(r)===s(t)?"today":"tomorrow"}var G=class extends y{constructor(){super(),this.busy=!1}t(t,e){return u(this.texts,t,e)}async tryIt(){this.busy=!0,this.error=void 0;try{await vt(this.hass,this.entryId,"try_detox")}catch(t){this.error=v(t,this.texts)}finally{this.busy=!1}}render(){let t=this.tonight,e=t?.first_run;if(!t||!e)return l;let s=E(this.hass),n=k(e.first_detox,s),i=Ms(e.first_detox,t.now,s.timeZone),a=[e.has_phone?void 0:this.t("next_phone"),e.has_climate?void 0:this.t("next_climate"),e.has_lights?void 0:this.t("next_lights")].filter(d=>d!==void 0),c=t.trying_until;return o`<section class="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">${this.t("first_title")}</h2>
      <p class="when">${this.t(`first_detox_${i}`,{time:n})}</p>
      ${e.has_lights?o`<p>${this.t("try_text",{minutes:Is})}</p>
            <div class="actions">
              <button class="action primary" ?disabled=${this.busy||c!==null} @click=${()=>this.tryIt()}>
                ${this.t("try")}
              </button>
            </div>
            ${c?o`<p class="feedback" role="status">${this.t("trying",{time:k(c,s)})}</p>`:l}`:l}
      ${this.error?o`<p class="error" role="alert">${this.error}</p>`:l}
      ${a.length?o`<h3>${this.t("next_title")}</h3>
            <ul class="next">
              ${a.map(d=>o`<li>${d}</li>`)}
            </ul>`:l}
    </section>`}};h(G,"properties",{hass:{attribute:!1},entryId:{attribute:!1},texts:{attribute:!1},tonight:{attribute:!1},busy:{state:!0},error:{state:!0}}),h(G,"styles",[$,b`
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
    `]);function De(r){return Object.entries(r).map(([t,e])=>({key:t,...e}))}var Oe=["worse","better","no_clear_difference","too_few_nights"];function Ue(r){return[...r].sort((t,e)=>{let s=Oe.indexOf(t.verdict)-Oe.indexOf(e.verdict);return s||(e.difference??-1/0)-(t.difference??-1/0)})}function Et(r,t){return u(r,`factor_${t}`)}function Fe(r,t,e){return t.difference===null||t.difference_low===null||t.difference_high===null?g(null,e):u(r,"interval",{difference:g(t.difference,e),low:g(t.difference_low,e),high:g(t.difference_high,e)})}function Be(r,t,e){let s=Et(r,t.key);if(t.verdict==="too_few_nights"){let{more_nights_with:n,more_nights_without:i}=t;return n&&i?T(r,"factor_more_both",n,e,{factor:s,more_with:n,more_without:i}):n?T(r,"factor_more_with",n,e,{factor:s,more:n}):T(r,"factor_more_without",i,e,{factor:s,more:i})}return u(r,`factor_sentence_${t.verdict}`,{factor:s,nights_with:t.nights_with,nights_without:t.nights_without,burden_with:g(t.burden_with,e),burden_without:g(t.burden_without,e),difference:g(t.difference,e),low:g(t.difference_low,e),high:g(t.difference_high,e)})}function Tt(r,t,e,s,n){let i=(p,f)=>u(r,p,f),a=Ue(e),c=(p,f)=>T(r,"nights_burden",p,t,{nights:p,burden:g(f,t)}),d={factor:i("factor_column"),verdict:i("verdict_column"),difference:i("difference_column"),with:i("with_column"),without:i("without_column")};return o`
    <p class="likely">
      ${s?i("likely_trigger",{factor:Et(r,s)}):i("no_trigger")}
    </p>
    <div class="fit">
      <table class="factors cards">
        <thead>
          <tr>
            <th>${d.factor}</th>
            <th>${d.verdict}</th>
            <th class="number">${d.difference}</th>
            <th class="number">${d.with}</th>
            <th class="number">${d.without}</th>
          </tr>
        </thead>
        <tbody>
          ${a.map(p=>o`<tr
              data-factor=${p.key}
              data-verdict=${p.verdict}
              class=${p.key===s?"likely-row":""}
            >
              <td class="title">${Et(r,p.key)}</td>
              <td>${i(`verdict_${p.verdict}`)}</td>
              <td class="number figure" data-label=${d.difference}>
                ${Fe(r,p,t)}
              </td>
              <td class="number" data-label=${d.with}>${c(p.nights_with,p.burden_with)}</td>
              <td class="number" data-label=${d.without}>
                ${c(p.nights_without,p.burden_without)}
              </td>
            </tr>`)}
        </tbody>
      </table>
    </div>
    <ul class="sentences">
      ${a.map(p=>p.verdict==="too_few_nights"&&p.nights_with===0?l:o`<li data-factor=${p.key}>${Be(r,p,t)}</li>`)}
    </ul>
    <p class="muted">${i("insights_note",{minimum:g(n,t)})}</p>
  `}function St(r,t){let e=s=>u(r,s);return o`
    ${t.length?o`<ul class="red-flags">
          ${t.map(s=>o`<li data-red-flag=${s}>${e(`red_flag_${s}`)}</li>`)}
        </ul>`:o`<p>${e("red_flags_none")}</p>`}
    <p class="muted">${e("red_flags_note")}</p>
  `}var Ct="sleep-hygiene-print",Ls=`
  @media screen { body > .${Ct} { display: none !important; } }
  @media print {
    html, body { height: auto !important; overflow: visible !important; background: #fff !important; }
    body > :not(.${Ct}) { display: none !important; }
    body > .${Ct} { display: block; color: #000; background: #fff; }
    @page { margin: 15mm 12mm; }
  }
`,Nt=class{constructor(){h(this,"wrapper");h(this,"view")}attach(){if(this.wrapper)return;let t=document.createElement("div");t.className=Ct;let e=document.createElement("style");e.textContent=Ls;let s=document.createElement("sleep-hygiene-summary");t.append(e,s),document.body.append(t),this.wrapper=t,this.view=s}show(t,e,s){this.view&&(this.view.texts=t,this.view.language=e,this.view.summary=s)}detach(){this.wrapper?.remove(),this.wrapper=void 0,this.view=void 0}};var Hs=[14,28,90];function Pt(r,t,e,s,n="en"){return o`<div class="chips" role="group" aria-label=${t}>
    ${Hs.map(i=>o`<button
        class="chip"
        aria-pressed=${e===i?"true":"false"}
        @click=${()=>{s(i)}}
      >
        ${T(r,"range_nights",i,n,{nights:i})}
      </button>`)}
  </div>`}var J=class extends y{constructor(){super(...arguments);h(this,"portal",new Nt)}connectedCallback(){super.connectedCallback(),this.portal.attach()}disconnectedCallback(){super.disconnectedCallback(),this.portal.detach()}updated(){this.portal.show(this.texts,this.language,this.summary)}t(e,s){return u(this.texts,e,s)}pickSpan(e){this.dispatchEvent(new CustomEvent("summary-span-changed",{detail:e,bubbles:!0,composed:!0}))}render(){let e=this.insights;return o`
      <section class="insights">
        <h2>${this.t("insights_title")}</h2>
        ${e?o`<p class="muted">
                ${T(this.texts,"insights_intro",e.nights,this.language,{nights:e.nights})}
              </p>
              ${Tt(this.texts,this.language,e.factors,e.likely_trigger,e.minimum_difference)}`:o`<p class="muted">${this.t("loading")}</p>`}
      </section>
      <section class="red-flags">
        <h2>${this.t("red_flags_title")}</h2>
        ${e?St(this.texts,e.red_flags):o`<p class="muted">${this.t("loading")}</p>`}
      </section>
      <section class="summary">
        <div class="head">
          <h2>${this.t("summary_title")}</h2>
          ${Pt(this.texts,this.t("summary_title"),this.span,s=>{this.pickSpan(s)},this.language)}
          <button
            class="action primary"
            ?disabled=${!this.summary}
            @click=${()=>{window.print()}}
          >
            ${this.t("print")}
          </button>
        </div>
        <sleep-hygiene-summary
          .texts=${this.texts}
          .language=${this.language}
          .summary=${this.summary}
          .shownAbove=${!0}
        ></sleep-hygiene-summary>
      </section>
    `}};h(J,"properties",{language:{attribute:!1},texts:{attribute:!1},insights:{attribute:!1},summary:{attribute:!1},span:{attribute:!1}}),h(J,"styles",[$,_t,wt,b`
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
    `]);var Q=class extends y{t(t){return u(this.texts,t)}async download(t){this.busy=t,this.error=void 0;try{let e=await we(this.hass,this.entryId,t),s=URL.createObjectURL(new Blob([e.content],{type:`${e.mime_type};charset=utf-8`})),n=document.createElement("a");n.href=s,n.download=e.filename,this.renderRoot.appendChild(n),n.click(),n.remove(),setTimeout(()=>{URL.revokeObjectURL(s)},0)}catch(e){this.error=v(e,this.texts)}finally{this.busy=void 0}}render(){return o`
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
    `}};h(Q,"properties",{hass:{attribute:!1},entryId:{attribute:!1},texts:{attribute:!1},busy:{state:!0},error:{state:!0}}),h(Q,"styles",[$,b`
      :host {
        display: block;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
    `]);function ze(r,t,e){return t===pt&&e!==Ve?{...r,[t]:Os(r[t],e)}:{...r,[t]:e}}var pt="evening",Ve="calm",Ke="stressed_hard_exercise",je=["stressed","hard_exercise"];function Xt(r){return r===Ke?[...je]:je.filter(t=>t===r)}function Os(r,t){let e=new Set(Xt(r));return e.has(t)?e.delete(t):e.add(t),e.size===2?Ke:[...e][0]??Ve}function ut(r,t,e){let s={};for(let{key:n}of r){let i=t[n];i!=null&&i!==e[n]&&(s[n]=i)}return s}function qe(r,t,e){return Object.keys(ut(r,t,e)).length?"unsaved":r.some(({key:s})=>e[s]!==null&&e[s]!==void 0)?"saved":"empty"}function Ze(r,t,e){let s=t[r];return s!=null&&s===e[r]}function We(r,t){return Object.fromEntries(r.map(({key:e})=>[e,t[e]??null]))}var mt=500;function Yt(r){return[...r.trim()].length}function Rt(r,t){let e=r.trim();if(!(!e||e===(t??"")||Yt(e)>mt))return e}var X=class extends y{constructor(){super(),this.draft={},this.note="",this.saving=!1,this.promptCare=!1,this.pickable=!1}willUpdate(t){if(!t.has("morning")||!this.morning)return;let e=t.get("morning"),{questions:s,answers:n}=this.morning,i=We(s,n),a=e&&e.night===this.morning.night?ut(s,this.draft,e.answers):{};this.draft={...i,...a},(!(e?.night===this.morning.night)||Rt(this.note,e.notes)===void 0)&&(this.note=this.morning.notes??""),e?.night!==this.morning.night&&(this.result=void 0)}t(t,e){return u(this.texts,t,e)}choose(t,e){this.draft=ze(this.draft,t,e),this.result=void 0,this.error=void 0}async save(){let t=this.morning;if(!t)return;let e=ut(t.questions,this.draft,t.answers),s=Rt(this.note,t.notes);this.saving=!0,this.error=void 0;try{let n=await _e(this.hass,this.entryId,t.night,e,s);this.morning={...t,answered:!0,answers:{...t.answers,...e},notes:s??t.notes},this.result=n.score,this.promptCare=n.prompt_care,this.dispatchEvent(new CustomEvent("checked-in",{bubbles:!0,composed:!0})),await this.updateComplete,this.renderRoot.querySelector(".confirmation")?.scrollIntoView({block:"center"})}catch(n){this.error=v(n,this.texts)}finally{this.saving=!1}}confirmation(){let t=this.result===void 0?this.morning?.habits_and_bedroom:this.result?.habits_and_bedroom,e=this.result===void 0?this.morning?.symptom_burden:this.result?.symptom_burden;if(this.result===void 0&&!this.morning?.answered)return l;let s=this.hass.locale?.language??this.hass.language,n=t==null?this.t("confirm_no_score"):this.t("confirm_hygiene",{hygiene:g(t,s)});return e==null?n:`${n} ${this.t("confirm_burden",{burden:g(e,s)})}`}renderPromptCare(){return(this.result===void 0?this.morning?.prompt_care:this.promptCare)?o`<div class="prompt-care" role="alert">
      <strong>${this.t("prompt_care_title")}</strong>
      <p>${S(this.texts,"common.prompt_care")}</p>
    </div>`:l}cutoff(){let t=this.morning?.caffeine_cutoff;return t?k(t,E(this.hass)):""}questionLabel(t){return S(this.texts,`common.check_in_question_${t}`,{cutoff:this.cutoff()})}optionLabel(t,e){return t==="caffeine"&&e==="before_cutoff"?S(this.texts,"common.check_in_choice_before_cutoff",{cutoff:this.cutoff()}):t===pt&&e!=="calm"?this.t(`evening_${e}`):U(this.texts,t,e)}render(){let t=this.morning;if(!t)return o`<p class="muted">${this.t("loading")}</p>`;let e=this.hass.locale?.language??this.hass.language,s=qe(t.questions,this.draft,t.answers),n=Rt(this.note,t.notes)!==void 0,i=Object.keys(ut(t.questions,this.draft,t.answers)).length+(n?1:0),a=s==="saved"&&n?"unsaved":s,c=a==="saved"?this.confirmation():l;return o`
      <h2>${this.t("morning_title",{night:_(t.night,e)})}</h2>
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
      ${c===l?l:o`<p class="notice confirmation" role="status">${c}</p>`}
      ${c===l?l:o`<sleep-hygiene-experiment-arm .hass=${this.hass} .texts=${this.texts} .arm=${t.experiment_today}></sleep-hygiene-experiment-arm>`}
      ${a==="saved"?this.renderPromptCare():l}
      ${this.error?o`<p class="error" role="alert">${this.error}</p>`:l}
    `}renderNightPicker(t,e){let s=t.recent;if(s.length<2)return l;let n=s[0]?.night;return o`<label class="night-picker">
      <span class="muted">${this.t("night_picker")}</span>
      <select
        @change=${i=>{let a=i.target.value;this.dispatchEvent(new CustomEvent("night-picked",{detail:a===n?void 0:a,bubbles:!0,composed:!0}))}}
      >
        ${s.map(({night:i,answered:a})=>o`<option value=${i} ?selected=${i===t.night}>
            ${this.t(a?"night_option_answered":"night_option_open",{night:_(i,e)})}
          </option>`)}
      </select>
    </label>`}renderNote(t){let e=Yt(this.note);return o`
      <details class="note" ?open=${t!==null}>
        <summary>${t===null?this.t("note_add"):this.t("note_saved")}</summary>
        <label>
          <span class="muted">${this.t("note_label")}</span>
          <textarea
            rows="3"
            maxlength=${mt}
            .value=${this.note}
            @input=${s=>{this.note=s.target.value,this.result=void 0,this.error=void 0}}
          ></textarea>
        </label>
        <span class="muted count ${e>mt?"over":""}">
          ${this.t("note_count",{count:e,max:mt})}
        </span>
      </details>
    `}renderQuestion(t,e){let s=this.morning?.answers??{},n=this.draft[t],i=t===pt?e.filter(d=>d!=="stressed_hard_exercise"):e,a=d=>t===pt&&d!=="calm"?Xt(n).includes(d):n===d,c=n==null?l:Ze(t,this.draft,s)?o`<span class="mark saved">✓ ${this.t("answer_saved")}</span>`:o`<span class="mark unsaved">● ${this.t("answer_unsaved")}</span>`;return o`
      <div class="question" role="group" aria-labelledby="q-${t}" data-question=${t}>
        <p class="text" id="q-${t}">${this.questionLabel(t)} ${c}</p>
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
    `}};h(X,"properties",{hass:{attribute:!1},entryId:{attribute:!1},texts:{attribute:!1},morning:{attribute:!1},pickable:{type:Boolean},draft:{state:!0},note:{state:!0},saving:{state:!0},result:{state:!0},promptCare:{state:!0},error:{state:!0}}),h(X,"styles",[$,b`
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
    `]);var Ds=[["into_bed","time"],["asleep_at","time"],["final_wake","time"],["out_of_bed","time"],["time_in_bed_minutes","minutes"],["latency_minutes","minutes"],["awakenings","count"],["times_out_of_bed","count"],["waso_minutes","minutes"],["total_sleep_minutes","minutes"],["efficiency_percent","percent"],["wearable_score","count"],["phone_screen_minutes","minutes"]];function Us(r,t,e){let s=t.split("+").filter(Boolean);return F(s.map(n=>u(r,`measured_source_${n}`)),e)}function Fs(r,t,e,s){if(t==="time")return k(String(e),s);let n=g(Number(e),s.language);return t==="minutes"?u(r,"measured_minutes",{minutes:n}):t==="percent"?u(r,"measured_percent",{percent:n}):n}function Ge(r,t,e){let s=[];for(let[n,i]of Ds){let a=r[n];if(a===null)continue;let c=r.sources[n];s.push({key:n,label:u(t,`measure_${n}`),value:Fs(t,i,a,e),source:c?u(t,"measured_from",{sources:Us(t,c,e.language)}):""})}return s}var Bs=["bedroom","habits","symptoms","measured"];function js(r){return[...new Set([...Bs,...r.map(t=>t.group)])].filter(t=>r.some(e=>e.group===t))}var Y=class extends y{t(t,e){return u(this.texts,t,e)}send(t,e){this.dispatchEvent(new CustomEvent(t,{detail:e}))}render(){let t=this.night,e=_(t.night,this.language),s=t.score===null?this.t("breakdown_no_score",{night:e}):this.t("breakdown_title",{night:e,score:g(t.score,this.language)});return o`
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
        ${t.symptom_burden===null?l:o`<p>${this.t("breakdown_burden",{burden:g(t.symptom_burden,this.language)})}</p>`}
        ${this.renderDetail(this.detail)}
      </div>
    `}renderDetail(t){return t?o`
      ${t.parts.length?js(t.parts).map(e=>this.renderGroup(e,t.parts.filter(s=>s.group===e))):o`<p class="muted">${this.t("breakdown_empty")}</p>`}
      ${this.renderSideBySide(t)}
    `:this.error?o`<p class="error" role="alert">${v(this.error,this.texts)}</p>`:o`<p class="muted">${this.t("loading")}</p>`}get locale(){return{language:this.language,timeFormat:this.timeFormat??"language",timeZone:this.timeZone}}renderSideBySide(t){if(!t.answers&&!t.measured)return l;let e=Object.entries(t.answers??{}),s=t.measured?Ge(t.measured,this.texts,this.locale):[];return o`
      <div class="side-by-side">
        <section class="answers" aria-label=${this.t("answers_title")}>
          <h4>${this.t("answers_title")}</h4>
          ${t.answers?o`<dl>
                ${e.map(([n,i])=>o`<div data-answer=${n}>
                    <dt>${this.t(`question_${n}`)}</dt>
                    <dd>${i?U(this.texts,n,i):this.t("not_answered")}</dd>
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
              ${s.points===null?this.t("points_missing"):this.t("points",{points:g(s.points,this.language),max:g(s.max_points,this.language)})}
            </span>
            <span class="muted source">${this.t("source",{source:this.t(`source_${s.source}`)})}</span>
          </li>`)}
      </ul>
    `}};h(Y,"properties",{texts:{attribute:!1},language:{attribute:!1},timeFormat:{attribute:!1},timeZone:{attribute:!1},night:{attribute:!1},detail:{attribute:!1},error:{attribute:!1},hasEarlier:{attribute:!1},hasLater:{attribute:!1}}),h(Y,"styles",[$,b`
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
    `]);var Je=["morning","tonight","trends","insights"];function zs(r){let t=new URLSearchParams(r).get("view");return Je.find(e=>e===t)}var tt=class extends y{constructor(){super();h(this,"source",new z(this));h(this,"text",new M(this));this.nightsSpan=28,this.summarySpan=14,this.tab=zs(window.location.search)}get texts(){return this.text.texts}t(e,s){return u(this.texts,e,s)}willUpdate(e){if(!this.hass)return;this.text.follow(this.hass),!this.bedrooms&&e.has("hass")&&!e.get("hass")&&this.loadBedrooms(),this.source.use(this.hass,this.entryId);let s=this.source.data.morning;!this.tab&&s&&(this.tab=s.answered?"tonight":"morning");for(let[n,i]of this.wanted())this.source.want(n,i)}wanted(){let s=[["morning",this.morningNight?{night:this.morningNight}:{}]];return this.tab==="tonight"&&s.push(["tonight",{}]),this.tab==="trends"&&s.push(["nights",{nights:this.nightsSpan}]),this.tab==="trends"&&this.trendsNight&&s.push(["night",{night:this.trendsNight}]),this.tab==="insights"&&s.push(["insights",{}],["summary",{nights:this.summarySpan}]),this.tab==="insights"&&s.push(["experiments",{}]),s}async loadBedrooms(){try{let{bedrooms:e,firstView:s}=await $t(this.hass);this.bedrooms=e,this.entryId??=e[0]?.entry_id,this.source.use(this.hass,this.entryId,s)}catch(e){this.error=e??"error"}}pickBedroom(e){this.entryId=e,this.tab=void 0,this.morningNight=void 0}render(){return o`
      <div class="toolbar">
        <ha-menu-button .hass=${this.hass} .narrow=${this.narrow}></ha-menu-button>
        <div class="title">${this.t("title")}</div>
      </div>
      <div class="content">${this.renderContent()}</div>
    `}renderContent(){let e=this.error??this.text.error;return e?o`<p class="error" role="alert">${v(e,this.texts)}</p>`:this.bedrooms?this.bedrooms.length?o`
      ${this.bedrooms.length>1?o`<nav class="tabs bedrooms" role="tablist">
            ${this.bedrooms.map(s=>this.renderTab(s.name,s.entry_id===this.entryId,()=>{this.pickBedroom(s.entry_id)}))}
          </nav>`:l}
      <nav class="tabs views" role="tablist">
        ${Je.map(s=>this.renderTab(this.t(`tab_${s}`),s===this.tab,()=>{this.tab=s}))}
      </nav>
      ${this.renderTabContent()}
    `:o`<p class="notice">${this.t("no_bedrooms")}</p>`:o`<p class="muted">${this.t("loading")}</p>`}renderTab(e,s,n){return o`<button role="tab" class="tab" aria-selected=${s?"true":"false"} @click=${n}>
      ${e}
    </button>`}renderError(e){let s=e.map(n=>this.source.errors[n]).find(Boolean);return s?o`<p class="error" role="alert">${v(s,this.texts)}</p>`:l}renderTabContent(){let{data:e}=this.source,s=this.entryId??"",n=I(this.hass);switch(this.tab){case void 0:return this.renderError(["morning"])===l?o`<p class="muted">${this.t("loading")}</p>`:this.renderError(["morning"]);case"morning":return o`${this.renderError(["morning"])}<section>
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
          ></sleep-hygiene-insights>`}}};h(tt,"properties",{hass:{attribute:!1},narrow:{attribute:!1},bedrooms:{state:!0},entryId:{state:!0},tab:{state:!0},error:{state:!0},nightsSpan:{state:!0},trendsNight:{state:!0},summarySpan:{state:!0},morningNight:{state:!0}}),h(tt,"styles",[$,_t,b`
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
    `]);var Qe=["twitches","leg_sensations","awakenings","pain","rested","caffeine","alcohol","evening"],Vs=[["score","average_score"],["bedroom","group_bedroom"],["habits","group_habits"],["symptoms","group_symptoms"],["symptom_burden","average_burden"]],et=class extends y{t(t,e){return u(this.texts,t,e)}number(t){return g(t,this.language)}average(t,e){let s=t.average_nights[e]??0,n=t.averages[e];return!s||n===null||n===void 0?this.t("average_no_night"):T(this.texts,"average_nights",s,this.language,{value:this.number(n),nights:s})}render(){let t=this.summary;if(!t)return o`<p class="muted">${this.t("loading")}</p>`;let e=Qe.filter(i=>i in t.answer_counts),s=[...Qe,"doctor_signs"].filter(i=>i in t.answer_counts),n={score:this.t("column_score"),burden:this.t("column_burden"),notes:this.t("column_notes")};return o`
      <article>
        <h2>${this.t("summary_heading",{bedroom:t.bedroom})}</h2>
        <p>
          ${t.nights.length?this.t("summary_span",{first:_(t.first_night,this.language),last:_(t.last_night,this.language)}):this.t("summary_empty")}
        </p>
        <p class="muted">${this.t("summary_note")}</p>
        <h3>${this.t("summary_averages")}</h3>
        <table class="averages">
          ${Vs.filter(([i])=>i in t.averages).map(([i,a])=>o`<tr data-average=${i}>
              <th>${this.t(a)}</th>
              <td class="number">${this.average(t,i)}</td>
            </tr>`)}
          <tr>
            <th>${this.t("summary_streak")}</th>
            <td class="number">${this.number(t.check_in_streak)}</td>
          </tr>
        </table>
        ${this.shownAbove?o`<p class="muted">${this.t("summary_printed_adds")}</p>`:o`<h3>${this.t("red_flags_title")}</h3>
              ${St(this.texts,t.red_flags.active)}
              <h3>${this.t("insights_title")}</h3>
              <p class="muted">
                ${T(this.texts,"insights_intro",t.insights.nights,this.language,{nights:t.insights.nights})}
              </p>
              ${Tt(this.texts,this.language,De(t.insights.factors),t.insights.likely_trigger,t.insights.minimum_difference)}`}
        ${He(this.texts,this.language,t.experiments)}
        <h3>${this.t("summary_answers")}</h3>
        <table class="answers">
          ${s.map(i=>o`<tr>
              <th>${this.t(`question_${i}`)}</th>
              <td>
                ${Object.entries(t.answer_counts[i]??{}).map(([a,c])=>`${U(this.texts,i,a)}: ${c}`).join(" · ")}
              </td>
            </tr>`)}
        </table>
        <h3>${this.t("summary_nights")}</h3>
        <div class="fit">
          <table class="nights cards">
            <thead>
              <tr>
                <th>${this.t("column_night")}</th>
                <th class="number">${n.score}</th>
                <th class="number">${n.burden}</th>
                ${e.map(i=>o`<th>${this.t(`question_${i}`)}</th>`)}
                <th>${n.notes}</th>
              </tr>
            </thead>
            <tbody>
              ${t.nights.map(i=>this.renderNight(i,e,n))}
            </tbody>
          </table>
        </div>
      </article>
    `}renderNight(t,e,s){let n=t.check_in?.answers??{},i=[t.check_in?.notes,t.detox_skipped?this.t("summary_skipped"):null].filter(Boolean);return o`<tr data-night=${t.night}>
      <td class="when title">${_(t.night,this.language)}</td>
      <td class="number figure" data-label=${s.score}>${this.number(t.score?.score)}</td>
      <td class="number figure" data-label=${s.burden}>${this.number(t.score?.symptom_burden)}</td>
      ${t.recorded?e.map(a=>{let c=n[a];return o`<td data-label=${this.t(`question_${a}`)}>
              ${c?U(this.texts,a,c):"–"}
            </td>`}):o`<td colspan=${e.length} class="muted">${this.t("summary_no_record")}</td>`}
      <td data-label=${s.notes}>${i.length?i.join(" · "):l}</td>
    </tr>`}};h(et,"properties",{texts:{attribute:!1},language:{attribute:!1},summary:{attribute:!1},shownAbove:{attribute:!1}}),h(et,"styles",[$,wt,Qt,b`
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
      .answers th,
      .answers td {
        overflow-wrap: anywhere;
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
      }
    `]);function Ks(r,t){let{texts:e,locale:s}=t,n=s.language,i=[];if(r.lights.length){let{brightness_pct:a,night_brightness_pct:c,color_temp_kelvin:d}=r.dim;i.push(u(e,d?"plan_dim":"plan_dim_plain",{lights:F(r.lights.map(t.name),n),brightness:g(a,n),night_brightness:g(c,n)}))}if(r.screens.length){let a=F(r.screens.map(t.name),n),c=r.screen_policy==="keep_off"?"plan_screens_kept_off":"plan_screens_off";i.push(u(e,c,{screens:a}))}return i.length?i:[u(e,"plan_detox")]}function qs(r,t,e){switch(r){case"digital_detox":return Ks(t,e);case"lights_out":return[u(e.texts,t.lights.length?"plan_lights_off":"step_lights_out")];case"wake":return[u(e.texts,"plan_wake")];default:return[u(e.texts,`step_${r}`)]}}function Xe(r,t){let e=[];r.steps.forEach((i,a)=>{e.push({at:i.at,actions:qs(i.step,r,t),order:a*2+1,status:i.status,started:i.step==="digital_detox"&&i.status==="done"})});let s=r.climate;if(s){let i=Se(s.target,s.unit,t.locale.language),a=d=>Date.parse(d)<=Date.parse(r.now)?"done":"planned",c=d=>r.detox==="skipped"?"skipped":a(d);e.push({at:s.at,actions:[u(t.texts,"plan_thermostat",{temperature:i})],order:0,status:c(s.at),started:!1}),e.push({at:s.restore_at,actions:[u(t.texts,"plan_restore")],order:0,status:c(s.restore_at),started:!1})}let n=new Map;for(let i of e){let a=Math.floor(Date.parse(i.at)/6e4);n.set(a,[...n.get(a)??[],i])}return[...n.entries()].sort(([i],[a])=>i-a).map(([,i])=>{let a=[...i].sort((f,x)=>f.order-x.order),c=a[0]?.at??"",p=new Set(a.map(f=>f.status)).size===1?a[0]?.status??"planned":"planned";return{at:c,time:k(c,t.locale),actions:a.flatMap(f=>f.actions),status:p,started:a.some(f=>f.started)}})}function Ye(r){return r.map(t=>`${t.time} ${t.actions.join(", ")}`).join(" · ")}function ts(r){let t=r.lights_out_passed||["done","missed","first_tomorrow","off"].includes(r.detox);return{shown:!t,skip:!t&&(r.detox==="planned"||r.detox==="running"),start:!t&&r.detox==="planned",resume:!t&&r.detox==="skipped"}}var Zs={skip_tonight:"skipped_done",start_detox:"started_done",resume_tonight:"resumed_done"},st=class extends y{constructor(){super(),this.compact=!1}t(t,e){return u(this.texts,t,e)}async run(t){this.busy=t,this.feedback=void 0,this.error=void 0;try{await vt(this.hass,this.entryId,t),this.feedback=this.t(Zs[t])}catch(e){this.error=v(e,this.texts)}finally{this.busy=void 0}}render(){let t=this.tonight;if(!t)return o`<p class="muted">${this.t("loading")}</p>`;let e=E(this.hass),s=Xe(t,{texts:this.texts,locale:e,name:i=>kt(this.hass,i)}),n=t.detox==="skipped"||t.detox==="missed"||t.detox==="off";return o`
      <h2>${this.t("tonight_title")}</h2>
      <p class="notice state ${t.detox}">${this.t(`detox_${t.detox}`)}</p>
      <sleep-hygiene-experiment-arm .hass=${this.hass} .texts=${this.texts} .arm=${t.experiment}></sleep-hygiene-experiment-arm>
      ${this.compact?o`<p class="sentence ${n?"inactive":""}">${Ye(s)}</p>`:o`<ol class="plan ${n?"inactive":""}">
            ${s.map(i=>o`<li class=${i.status}>
                <span class="time">${i.time}</span><span class="what">${i.actions.join(", ")}</span>
                ${this.renderMark(i.status,i.started)}
              </li>`)}
          </ol>`}
      ${this.renderActions(t)} ${this.compact?l:this.renderDevices(t)}
      ${this.compact?l:this.renderSoFar(t)}
    `}renderMark(t,e){if(t==="planned")return l;let s=t==="skipped"?this.t("step_skipped"):`✓ ${this.t(e?"step_started":"step_done")}`;return o`<span class="mark ${t}">${s}</span>`}renderActions(t){let e=ts(t),s=t.lights_out_passed&&t.detox!=="off"?o`<p class="muted over">${this.t("actions_over")}</p>`:l;return o`
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
          </p>`:l}`:s}
      ${this.feedback?o`<p class="feedback" role="status">${this.feedback}</p>`:l}
      ${this.error?o`<p class="error" role="alert">${this.error}</p>`:l}
    `}lightsOut(t){return t.steps.find(e=>e.step==="lights_out")?.at??t.now}deviceState(t){let e=this.hass.states[t];if(!e)return this.t("entity_missing");let s=this.hass.formatEntityState?.(e)??e.state,n=e.attributes.brightness;if(e.state==="on"&&typeof n=="number"){let i=E(this.hass).language;return`${s} · ${g(Math.round(n/255*100),i)} %`}return s}renderDevices(t){let e=[...t.lights.map(s=>({id:s,kind:"light"})),...t.screens.map(s=>({id:s,kind:"screen"}))];return o`
      <h3>${this.t("controls_title")}</h3>
      ${e.length?o`<ul class="devices">
            ${e.map(({id:s,kind:n})=>o`<li data-entity=${s}>
                <span class="name">${kt(this.hass,s)}</span>
                <span class="muted kind">${this.t(`kind_${n}`)}</span>
                <span class="value">${this.deviceState(s)}</span>
              </li>`)}
          </ul>`:o`<p class="muted">${this.t("no_devices")}</p>`}
    `}renderSoFar(t){let e=E(this.hass),s=t.so_far,n=[];return s.detox_started_at?n.push(this.t("so_far_detox_started",{time:k(s.detox_started_at,e)})):t.detox==="planned"&&n.push(this.t("so_far_not_started")),s.lights_out_at&&n.push(this.t("so_far_lights_out",{time:k(s.lights_out_at,e)})),n.push(s.overrides.length?this.t("so_far_overrides",{names:F(s.overrides.map(i=>kt(this.hass,i)),e.language)}):this.t("so_far_no_overrides")),s.screen_minutes!==null&&n.push(this.t("so_far_screen_minutes",{minutes:g(s.screen_minutes,e.language)})),o`<h3>${this.t("so_far_title")}</h3>
      <ul class="so-far">
        ${n.map(i=>o`<li>${i}</li>`)}
      </ul>`}};h(st,"properties",{hass:{attribute:!1},entryId:{attribute:!1},texts:{attribute:!1},tonight:{attribute:!1},compact:{type:Boolean},busy:{state:!0},feedback:{state:!0},error:{state:!0}}),h(st,"styles",[$,b`
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
    `]);function es(r,t=100){if(r===null||!Number.isFinite(r))return null;let e=Math.min(Math.max(r,0),t);return Math.max(e/t*100,2)}function ss(r,t=100){return r===null||!Number.isFinite(r)?null:Math.min(Math.max(r,0),t)/t*100}function rs(r,t){if(r<=0||t<=0)return[];let e=Math.max(1,Math.ceil(r/t)),s=[];for(let n=r-1;n>=0;n-=e)s.unshift(n);return s}function ns(r,t,e){let s=r.indexOf(t);return s<0?void 0:r[s+e]}var rt=class extends y{t(t,e){return u(this.texts,t,e)}pickSpan(t){this.dispatchEvent(new CustomEvent("span-changed",{detail:t,bubbles:!0,composed:!0}))}select(t){this.selected=t,this.dispatchEvent(new CustomEvent("night-selected",{detail:t,bubbles:!0,composed:!0}))}render(){let t=this.nights;return o`
      <div class="head">
        <h2>${this.t("trends_title")}</h2>
        ${Pt(this.texts,this.t("trends_title"),this.span,e=>{this.pickSpan(e)},this.language)}
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
            @move=${i=>{let a=e.map(c=>c.night);this.select(ns(a,n.night,i.detail)??n.night)}}
            @close=${()=>{this.select(void 0)}}
          ></sleep-hygiene-night-breakdown>`:o`<p class="muted hint">${this.t("tap_a_night")}</p>`}
    `}renderChart(t,e,s,n,i){let a=ss(s),c=new Set(rs(t.length,7));return o`
      <figure class="chart ${e}" style="--count: ${t.length}">
        <figcaption>
          <span class="title">${this.t(n)}</span>
          <span class="muted">${this.t(i)}</span>
          <span class="average">${this.t("average_7",{value:g(s,this.language)})}</span>
        </figcaption>
        <div class="plot">
          ${a===null?l:o`<div class="average-line" style="bottom: ${a}%"></div>`}
          ${t.map(d=>{let p=d[e],f=es(p),x=`${_(d.night,this.language)}: ${p===null?this.t("not_answered"):g(p,this.language)}`;return o`<button
              class="night ${d.night===this.selected?"selected":""}"
              title=${x}
              aria-label=${x}
              @click=${()=>{this.select(d.night)}}
            >
              ${f===null?o`<span class="empty"></span>`:o`<span class="bar" style="height: ${f}%"></span>`}
            </button>`})}
        </div>
        <div class="labels" aria-hidden="true">
          ${t.map((d,p)=>o`<span>${c.has(p)?Te(d.night,this.language):""}</span>`)}
        </div>
      </figure>
    `}};h(rt,"properties",{language:{attribute:!1},timeFormat:{attribute:!1},timeZone:{attribute:!1},texts:{attribute:!1},nights:{attribute:!1},detail:{attribute:!1},detailError:{attribute:!1},span:{attribute:!1},selected:{state:!0}}),h(rt,"styles",[$,b`
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
    `]);function A(r,t){customElements.get(r)||customElements.define(r,t)}function is(r){let t=window;t.customCards??=[],t.customCards.some(e=>e.type===r.type)||t.customCards.push(r)}function Ws(r,t){let e=t?.split("-")[0];return t&&r[t]||e&&r[e]||(r.en??"")}function Gs(){let r=document.querySelector("home-assistant");return r?.hass?I(r.hass):void 0}var os={type:"sleep-hygiene-card",name:"Sleep Hygiene",get description(){return Ws(m,Gs())},preview:!0};A("sleep-hygiene-morning",X);A("sleep-hygiene-tonight",st);A("sleep-hygiene-dashboard-yaml",q);A("sleep-hygiene-first-run",G);A("sleep-hygiene-journal-export",Q);A("sleep-hygiene-night-breakdown",Y);A("sleep-hygiene-trends",rt);A("sleep-hygiene-summary",et);A("sleep-hygiene-insights",J);A("sleep-hygiene-experiment",W);A("sleep-hygiene-experiment-arm",Z);A("sleep-hygiene-panel",tt);A("sleep-hygiene-card",V);A("sleep-hygiene-card-editor",K);is(os);
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
