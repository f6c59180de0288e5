import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  makeTempDir,
  removeTempDir,
  tryExecFile
} from "./chunk-FUDDQNB7.js";
import {
  YamlLimitError,
  documentToJs,
  loadYaml,
  minorVersion,
  parseYamlStream,
  yaml
} from "./chunk-55O2N4A6.js";
import {
  ConfigError,
  ExecError,
  RenderError,
  UsageError,
  errorMessage
} from "./chunk-OAC4VE6L.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-6SW6MJ6T.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = Symbol.for("yaml.alias");
    var DOC = Symbol.for("yaml.document");
    var MAP = Symbol.for("yaml.map");
    var PAIR = Symbol.for("yaml.pair");
    var SCALAR = Symbol.for("yaml.scalar");
    var SEQ = Symbol.for("yaml.seq");
    var NODE_TYPE = Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap4;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = Symbol("break visit");
    var SKIP = Symbol("skip children");
    var REMOVE = Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path2) {
      const ctrl = callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visit_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = visit_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path2) {
      const ctrl = await callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visitAsync_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path2) {
      if (typeof visitor === "function")
        return visitor(key, node, path2);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path2);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path2);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path2);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path2);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path2);
      return void 0;
    }
    function replaceNode(key, path2, node) {
      const parent = path2[path2.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml2, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml2);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar2 = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar2.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar2.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar2.PLAIN = "PLAIN";
    Scalar2.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar2.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar2;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match2 = tags.filter((t) => t.tag === tagName);
        const tagObj = match2.find((t) => !t.format) ?? match2[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar2.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar2.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path2, value) {
      let v = value;
      for (let i = path2.length - 1; i >= 0; --i) {
        const k = path2[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value) {
        if (isEmptyPath(path2))
          this.add(value);
        else {
          const [key, ...rest] = path2;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        const [key, ...rest] = path2;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        const [key, ...rest] = path2;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar2.Scalar.BLOCK_FOLDED ? false : type === Scalar2.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar2.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar2.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar2.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar2.Scalar.BLOCK_FOLDED:
          case Scalar2.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar2.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match2 = tags.filter((t) => t.tag === item.tag);
        if (match2.length > 0)
          return match2.find((t) => t.format === item.format) ?? match2[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match2 = tags.filter((t) => t.identify?.(obj));
        if (match2.length > 1) {
          const testMatch = match2.filter((t) => t.test);
          if (testMatch.length > 0)
            match2 = testMatch;
        }
        tagObj = match2.find((t) => t.format === item.format) ?? match2.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar2.Scalar.BLOCK_FOLDED || key.type === Scalar2.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar2.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar2.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify3 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar2.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar2.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar2.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar2.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar2.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar2.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar2.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar2 = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar2.Scalar.BLOCK_LITERAL);
        if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar2.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar2.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar2.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar2.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar2.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match2 = str.match(timestamp.test);
        if (!match2)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match2.map(Number);
        const millisec = match2[7] ? Number((match2[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match2[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path2, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path2, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        if (Collection.isEmptyPath(path2)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        if (Collection.isEmptyPath(path2))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (Collection.isEmptyPath(path2))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        if (Collection.isEmptyPath(path2)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path2, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep5, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep5?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep5) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep5 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep5, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep5 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep5 + cb;
              sep5 = "";
              break;
            }
            case "newline":
              if (comment)
                sep5 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap4 = fc.start.source === "{";
      const fcName = isMap4 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap4 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep5, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep5?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep5 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap4 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap4 && !sep5 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep5, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep5 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap4 && !props.found && ctx.options.strict) {
              if (sep5)
                for (const st of sep5) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep5, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap4) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap4 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar2.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar2.Scalar.BLOCK_FOLDED : Scalar2.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep5 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar2.Scalar.BLOCK_LITERAL) {
          value += sep5 + indent.slice(trimIndent) + content;
          sep5 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep5 === " ")
            sep5 = "\n";
          else if (!prevMoreIndented && sep5 === "\n")
            sep5 = "\n\n";
          value += sep5 + indent.slice(trimIndent) + content;
          sep5 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep5 === "\n")
            value += "\n";
          else
            sep5 = "\n";
        } else {
          value += sep5 + content;
          sep5 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar2.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match2 = line.exec(source);
      if (!match2)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match2[1].replace(trimEnd, "");
      let sep5 = " ";
      let pos = line.lastIndex;
      while (match2 = line.exec(source)) {
        const lm = match2[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep5 === "\n")
            res += sep5;
          else
            sep5 = "\n";
        } else {
          res += sep5 + lm;
          sep5 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match2 = last.exec(source);
      return res + sep5 + (match2?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar2.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar2.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd2 = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd2, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd2, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep5, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep5)
        for (const st of sep5)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = Symbol("break visit");
    var SKIP = Symbol("skip children");
    var REMOVE = Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path2) => {
      let item = cst;
      for (const [field, index] of path2) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path2) => {
      const parent = visit.itemAtPath(cst, path2.slice(0, -1));
      const field = path2[path2.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path2.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path2);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep5;
          if (scalar.end) {
            sep5 = scalar.end;
            sep5.push(this.sourceToken);
            delete scalar.end;
          } else
            sep5 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep5 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep5 = it.sep;
                  sep5.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep5 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep5 = fc.end.splice(1, fc.end.length);
            sep5.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep5 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument5(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument5(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument5;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar2.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/config/index.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";
import { isAbsolute, join, relative } from "node:path";

// src/util/json-pointer.ts
function pointerTokens(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function escapePointer(token) {
  return String(token).replace(/~/g, "~0").replace(/\//g, "~1");
}
function resolvePointer(root, pointer) {
  if (root === void 0) return { found: false, value: void 0 };
  let value = root;
  for (const token of pointerTokens(pointer)) {
    if (typeof value !== "object" || value === null || !Object.prototype.hasOwnProperty.call(value, token))
      return { found: false, value: void 0 };
    value = value[token];
  }
  return { found: true, value };
}

// src/config/production.ts
function isProductionByName(environment) {
  return /prod/i.test(environment);
}

// src/config/generated/validate-config.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var runtime0 = import_ucs2length.default.__esModule ? import_ucs2length.default : { default: import_ucs2length.default };
var validate = validate14;
var schema16 = { "$id": "https://slipway.dev/schemas/slipway.yaml.json", "type": "object", "additionalProperties": false, "properties": { "kubernetesVersion": { "type": "string", "pattern": "^v?1\\.[0-9]{1,2}(\\.[0-9]+)?$", "errorMessage": 'must be a Kubernetes version like "1.33"' }, "argocd": { "type": "object", "additionalProperties": false, "properties": { "paths": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "repoURLs": { "type": "array", "items": { "type": "string", "minLength": 1 } } } }, "render": { "type": "object", "additionalProperties": false, "properties": { "kustomize": { "type": "string", "minLength": 1 }, "timeoutSeconds": { "type": "number", "exclusiveMinimum": 0, "maximum": 3600 }, "enableHelm": { "type": "boolean" }, "concurrency": { "type": "integer", "minimum": 1, "maximum": 64 } } }, "environments": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "path": { "type": "string", "minLength": 1 }, "kubernetesVersion": { "type": "string", "pattern": "^v?1\\.[0-9]{1,2}(\\.[0-9]+)?$", "errorMessage": 'must be a Kubernetes version like "1.33"' }, "production": { "type": "boolean" }, "region": { "type": "string", "pattern": "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", "errorMessage": 'must be an AWS region like "us-east-1"' }, "vars": { "type": "object" } } } }, "vars": { "type": "object" }, "schemaLocations": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "missingSchema": { "enum": ["error", "warning", "ignore"] }, "unreachableSchemaLocation": { "enum": ["error", "warning"] }, "strict": { "type": "boolean" }, "policies": { "type": "object", "additionalProperties": false, "properties": { "paths": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "overrides": { "type": "object", "propertyNames": { "pattern": "^[a-z0-9][a-z0-9-]*$", "errorMessage": "must be a policy or check id (lower-case kebab-case)" }, "additionalProperties": { "anyOf": [{ "enum": ["error", "warning", "off"], "errorMessage": "must be error, warning or off" }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["error", "warning", "off"], "errorMessage": "must be error, warning or off" }, "environments": { "type": "object", "additionalProperties": { "enum": ["error", "warning", "off"], "errorMessage": "must be error, warning or off" } } } }] } } } }, "checks": { "type": "object", "additionalProperties": false, "properties": { "overrides": { "type": "object", "propertyNames": { "pattern": "^[a-z0-9][a-z0-9-]*$", "errorMessage": "must be a policy or check id (lower-case kebab-case)" }, "additionalProperties": { "anyOf": [{ "enum": ["error", "warning", "off"], "errorMessage": "must be error, warning or off" }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["error", "warning", "off"], "errorMessage": "must be error, warning or off" }, "environments": { "type": "object", "additionalProperties": { "enum": ["error", "warning", "off"], "errorMessage": "must be error, warning or off" } } } }] } } } }, "plan": { "type": "object", "additionalProperties": false, "properties": { "ignore": { "type": "array", "items": { "if": { "type": "string" }, "then": { "minLength": 1 }, "else": { "type": "object", "additionalProperties": false, "required": ["path"], "properties": { "path": { "type": "string", "minLength": 1 }, "apiVersion": { "type": "string" }, "kind": { "type": "string" }, "namespace": { "type": "string" }, "name": { "type": "string" } }, "errorMessage": { "type": "must be a field path, or a mapping with path and optional apiVersion, kind, namespace, name" } } } }, "defaults": { "type": "object", "additionalProperties": false, "properties": { "generatorHash": { "type": "boolean", "errorMessage": "must be true or false" }, "lastAppliedConfiguration": { "type": "boolean", "errorMessage": "must be true or false" } } }, "production": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "maxCommentChars": { "type": "integer", "minimum": 1e3, "maximum": 65536, "errorMessage": "must be an integer from 1000 to 65536" } } }, "ecr": { "type": "object", "additionalProperties": false, "required": ["region", "services"], "properties": { "region": { "type": "string", "pattern": "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", "errorMessage": 'must be an AWS region like "eu-west-1"' }, "drRegion": { "type": "string", "pattern": "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", "errorMessage": 'must be an AWS region like "eu-west-1"' }, "registryId": { "type": "string", "pattern": "^[0-9]{12}$", "errorMessage": "must be a 12-digit AWS account id" }, "encryption": { "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "enum": ["AES256", "KMS"], "errorMessage": "must be AES256 or KMS" }, "kmsKey": { "type": "string", "minLength": 1 } }, "if": { "properties": { "type": { "const": "KMS" } } }, "then": { "required": ["kmsKey"], "errorMessage": { "required": "kmsKey is required when type is KMS" } } }, "replication": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean" }, "regions": { "type": "array", "items": { "type": "string", "pattern": "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", "errorMessage": 'must be an AWS region like "eu-west-1"' }, "minItems": 1, "maxItems": 25 } } }, "lifecyclePolicy": { "type": "string", "minLength": 1 }, "rollbackReleases": { "type": "integer", "minimum": 0, "maximum": 50 }, "services": { "type": "object", "minProperties": 1, "propertyNames": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "errorMessage": 'service names are letters, digits, ".", "_" and "-"' }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["repository"], "properties": { "repository": { "type": "string", "minLength": 2, "maxLength": 256, "pattern": "^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$", "errorMessage": 'must be an ECR repository name (lowercase, "/", ".", "_", "-"), e.g. "team/payments"' }, "context": { "type": "string", "minLength": 1 }, "dockerfile": { "type": "string", "minLength": 1 }, "lifecyclePolicy": { "type": "string", "minLength": 1 }, "platforms": { "type": "array", "items": { "type": "string", "pattern": "^[a-z0-9]+/[a-z0-9]+(/[a-z0-9]+)?$" } } } } } } }, "promotion": { "type": "object", "additionalProperties": false, "properties": { "mode": { "enum": ["push", "pull-request"], "errorMessage": "must be push or pull-request" }, "branch": { "type": "string", "minLength": 1, "pattern": "^[A-Za-z0-9][A-Za-z0-9._/-]*$", "errorMessage": "must be a branch name like main" }, "remote": { "type": "string", "minLength": 1, "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "errorMessage": "must be a remote name like origin" }, "environments": { "type": "object", "propertyNames": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "errorMessage": 'must be an environment name (lowercase letters, digits, "-")' }, "additionalProperties": { "type": ["object", "null"], "additionalProperties": false, "properties": { "from": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "errorMessage": 'must be an environment name (lowercase letters, digits, "-")' }, "soak": { "type": "string", "minLength": 1 }, "window": { "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }], "errorMessage": 'must be a window like "Sun 02:00-06:00 UTC" or a list of them' }, "follows": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "errorMessage": 'must be an environment name (lowercase letters, digits, "-")' }, "application": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "errorMessage": 'must be an environment name (lowercase letters, digits, "-")' } } } }, "freeze": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["from", "to", "reason"], "properties": { "from": { "type": "string", "minLength": 1 }, "to": { "type": "string", "minLength": 1 }, "reason": { "type": "string", "minLength": 1 }, "environments": { "type": "array", "items": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "errorMessage": 'must be an environment name (lowercase letters, digits, "-")' } } } } } } }, "failover": { "type": "object", "additionalProperties": false, "required": ["primary", "secondary", "components", "rto"], "properties": { "primary": { "type": "object", "additionalProperties": false, "required": ["environment", "region"], "properties": { "environment": { "type": "string", "minLength": 1 }, "region": { "type": "string", "pattern": "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", "errorMessage": 'must be an AWS region like "us-west-2"' } } }, "secondary": { "type": "object", "additionalProperties": false, "required": ["environment", "region"], "properties": { "environment": { "type": "string", "minLength": 1 }, "region": { "type": "string", "pattern": "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", "errorMessage": 'must be an AWS region like "us-west-2"' } } }, "components": { "type": "object", "additionalProperties": false, "required": ["standby", "active"], "properties": { "standby": { "type": "string", "minLength": 1 }, "active": { "type": "string", "minLength": 1 } } }, "rto": { "type": "string", "pattern": "^([0-9]+(ms|s|m|h|d))+$", "errorMessage": 'must be a duration like "1h", "90m" or "1h30m"' }, "rpo": { "type": "string", "pattern": "^([0-9]+(ms|s|m|h|d))+$", "errorMessage": 'must be a duration like "1h", "90m" or "1h30m"' } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = runtime0.default;
var pattern0 = new RegExp("^v?1\\.[0-9]{1,2}(\\.[0-9]+)?$", "u");
var pattern2 = new RegExp("^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", "u");
var pattern3 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
var pattern7 = new RegExp("^[0-9]{12}$", "u");
var pattern9 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
var pattern10 = new RegExp("^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$", "u");
var pattern11 = new RegExp("^[a-z0-9]+/[a-z0-9]+(/[a-z0-9]+)?$", "u");
var pattern12 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._/-]*$", "u");
var pattern14 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
var pattern21 = new RegExp("^([0-9]+(ms|s|m|h|d))+$", "u");
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema16.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.kubernetesVersion !== void 0) {
      let data0 = data.kubernetesVersion;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err1 = { instancePath: instancePath + "/kubernetesVersion", schemaPath: "#/properties/kubernetesVersion/pattern", keyword: "pattern", params: { pattern: "^v?1\\.[0-9]{1,2}(\\.[0-9]+)?$" }, message: 'must match pattern "^v?1\\.[0-9]{1,2}(\\.[0-9]+)?$"' };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/kubernetesVersion", schemaPath: "#/properties/kubernetesVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (errors > 0) {
        const emErrs0 = [];
        for (const err3 of vErrors) {
          if (err3.keyword !== "errorMessage" && !err3.emUsed && (err3.instancePath === instancePath + "/kubernetesVersion" || err3.instancePath.indexOf(instancePath + "/kubernetesVersion") === 0 && err3.instancePath[instancePath + "/kubernetesVersion".length] === "/") && err3.schemaPath.indexOf("#/properties/kubernetesVersion") === 0 && err3.schemaPath["#/properties/kubernetesVersion".length] === "/") {
            emErrs0.push(err3);
            err3.emUsed = true;
          }
        }
        if (emErrs0.length) {
          const err4 = { instancePath: instancePath + "/kubernetesVersion", schemaPath: "#/properties/kubernetesVersion/errorMessage", keyword: "errorMessage", params: { errors: emErrs0 }, message: 'must be a Kubernetes version like "1.33"' };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const emErrs1 = [];
        for (const err5 of vErrors) {
          if (!err5.emUsed) {
            emErrs1.push(err5);
          }
        }
        vErrors = emErrs1;
        errors = emErrs1.length;
      }
    }
    if (data.argocd !== void 0) {
      let data1 = data.argocd;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(key1 === "paths" || key1 === "repoURLs")) {
            const err6 = { instancePath: instancePath + "/argocd", schemaPath: "#/properties/argocd/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data1.paths !== void 0) {
          let data2 = data1.paths;
          if (Array.isArray(data2)) {
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data3 = data2[i0];
              if (typeof data3 === "string") {
                if (func3(data3) < 1) {
                  const err7 = { instancePath: instancePath + "/argocd/paths/" + i0, schemaPath: "#/properties/argocd/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              } else {
                const err8 = { instancePath: instancePath + "/argocd/paths/" + i0, schemaPath: "#/properties/argocd/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          } else {
            const err9 = { instancePath: instancePath + "/argocd/paths", schemaPath: "#/properties/argocd/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data1.repoURLs !== void 0) {
          let data4 = data1.repoURLs;
          if (Array.isArray(data4)) {
            const len1 = data4.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data5 = data4[i1];
              if (typeof data5 === "string") {
                if (func3(data5) < 1) {
                  const err10 = { instancePath: instancePath + "/argocd/repoURLs/" + i1, schemaPath: "#/properties/argocd/properties/repoURLs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath + "/argocd/repoURLs/" + i1, schemaPath: "#/properties/argocd/properties/repoURLs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/argocd/repoURLs", schemaPath: "#/properties/argocd/properties/repoURLs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/argocd", schemaPath: "#/properties/argocd/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.render !== void 0) {
      let data6 = data.render;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key2 in data6) {
          if (!(key2 === "kustomize" || key2 === "timeoutSeconds" || key2 === "enableHelm" || key2 === "concurrency")) {
            const err14 = { instancePath: instancePath + "/render", schemaPath: "#/properties/render/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data6.kustomize !== void 0) {
          let data7 = data6.kustomize;
          if (typeof data7 === "string") {
            if (func3(data7) < 1) {
              const err15 = { instancePath: instancePath + "/render/kustomize", schemaPath: "#/properties/render/properties/kustomize/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/render/kustomize", schemaPath: "#/properties/render/properties/kustomize/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data6.timeoutSeconds !== void 0) {
          let data8 = data6.timeoutSeconds;
          if (typeof data8 == "number") {
            if (data8 > 3600 || isNaN(data8)) {
              const err17 = { instancePath: instancePath + "/render/timeoutSeconds", schemaPath: "#/properties/render/properties/timeoutSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data8 <= 0 || isNaN(data8)) {
              const err18 = { instancePath: instancePath + "/render/timeoutSeconds", schemaPath: "#/properties/render/properties/timeoutSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/render/timeoutSeconds", schemaPath: "#/properties/render/properties/timeoutSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data6.enableHelm !== void 0) {
          if (typeof data6.enableHelm !== "boolean") {
            const err20 = { instancePath: instancePath + "/render/enableHelm", schemaPath: "#/properties/render/properties/enableHelm/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data6.concurrency !== void 0) {
          let data10 = data6.concurrency;
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)))) {
            const err21 = { instancePath: instancePath + "/render/concurrency", schemaPath: "#/properties/render/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          if (typeof data10 == "number") {
            if (data10 > 64 || isNaN(data10)) {
              const err22 = { instancePath: instancePath + "/render/concurrency", schemaPath: "#/properties/render/properties/concurrency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data10 < 1 || isNaN(data10)) {
              const err23 = { instancePath: instancePath + "/render/concurrency", schemaPath: "#/properties/render/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/render", schemaPath: "#/properties/render/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.environments !== void 0) {
      let data11 = data.environments;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key3 in data11) {
          let data12 = data11[key3];
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            for (const key4 in data12) {
              if (!(key4 === "path" || key4 === "kubernetesVersion" || key4 === "production" || key4 === "region" || key4 === "vars")) {
                const err25 = { instancePath: instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data12.path !== void 0) {
              let data13 = data12.path;
              if (typeof data13 === "string") {
                if (func3(data13) < 1) {
                  const err26 = { instancePath: instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/path", schemaPath: "#/properties/environments/additionalProperties/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/path", schemaPath: "#/properties/environments/additionalProperties/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data12.kubernetesVersion !== void 0) {
              let data14 = data12.kubernetesVersion;
              if (typeof data14 === "string") {
                if (!pattern0.test(data14)) {
                  const err28 = { instancePath: instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/kubernetesVersion", schemaPath: "#/properties/environments/additionalProperties/properties/kubernetesVersion/pattern", keyword: "pattern", params: { pattern: "^v?1\\.[0-9]{1,2}(\\.[0-9]+)?$" }, message: 'must match pattern "^v?1\\.[0-9]{1,2}(\\.[0-9]+)?$"' };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/kubernetesVersion", schemaPath: "#/properties/environments/additionalProperties/properties/kubernetesVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              if (errors > 0) {
                const emErrs2 = [];
                for (const err30 of vErrors) {
                  if (err30.keyword !== "errorMessage" && !err30.emUsed && (err30.instancePath === instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/kubernetesVersion" || err30.instancePath.indexOf(instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/kubernetesVersion") === 0 && err30.instancePath[instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/kubernetesVersion".length] === "/") && err30.schemaPath.indexOf("#/properties/environments/additionalProperties/properties/kubernetesVersion") === 0 && err30.schemaPath["#/properties/environments/additionalProperties/properties/kubernetesVersion".length] === "/") {
                    emErrs2.push(err30);
                    err30.emUsed = true;
                  }
                }
                if (emErrs2.length) {
                  const err31 = { instancePath: instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/kubernetesVersion", schemaPath: "#/properties/environments/additionalProperties/properties/kubernetesVersion/errorMessage", keyword: "errorMessage", params: { errors: emErrs2 }, message: 'must be a Kubernetes version like "1.33"' };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
                const emErrs3 = [];
                for (const err32 of vErrors) {
                  if (!err32.emUsed) {
                    emErrs3.push(err32);
                  }
                }
                vErrors = emErrs3;
                errors = emErrs3.length;
              }
            }
            if (data12.production !== void 0) {
              if (typeof data12.production !== "boolean") {
                const err33 = { instancePath: instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/production", schemaPath: "#/properties/environments/additionalProperties/properties/production/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data12.region !== void 0) {
              let data16 = data12.region;
              if (typeof data16 === "string") {
                if (!pattern2.test(data16)) {
                  const err34 = { instancePath: instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/region", schemaPath: "#/properties/environments/additionalProperties/properties/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$" }, message: 'must match pattern "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$"' };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              } else {
                const err35 = { instancePath: instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/region", schemaPath: "#/properties/environments/additionalProperties/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
              if (errors > 0) {
                const emErrs4 = [];
                for (const err36 of vErrors) {
                  if (err36.keyword !== "errorMessage" && !err36.emUsed && (err36.instancePath === instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/region" || err36.instancePath.indexOf(instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/region") === 0 && err36.instancePath[instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/region".length] === "/") && err36.schemaPath.indexOf("#/properties/environments/additionalProperties/properties/region") === 0 && err36.schemaPath["#/properties/environments/additionalProperties/properties/region".length] === "/") {
                    emErrs4.push(err36);
                    err36.emUsed = true;
                  }
                }
                if (emErrs4.length) {
                  const err37 = { instancePath: instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/region", schemaPath: "#/properties/environments/additionalProperties/properties/region/errorMessage", keyword: "errorMessage", params: { errors: emErrs4 }, message: 'must be an AWS region like "us-east-1"' };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
                const emErrs5 = [];
                for (const err38 of vErrors) {
                  if (!err38.emUsed) {
                    emErrs5.push(err38);
                  }
                }
                vErrors = emErrs5;
                errors = emErrs5.length;
              }
            }
            if (data12.vars !== void 0) {
              let data17 = data12.vars;
              if (!(data17 && typeof data17 == "object" && !Array.isArray(data17))) {
                const err39 = { instancePath: instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/vars", schemaPath: "#/properties/environments/additionalProperties/properties/vars/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
          } else {
            const err40 = { instancePath: instancePath + "/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.vars !== void 0) {
      let data18 = data.vars;
      if (!(data18 && typeof data18 == "object" && !Array.isArray(data18))) {
        const err42 = { instancePath: instancePath + "/vars", schemaPath: "#/properties/vars/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.schemaLocations !== void 0) {
      let data19 = data.schemaLocations;
      if (Array.isArray(data19)) {
        const len2 = data19.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data20 = data19[i2];
          if (typeof data20 === "string") {
            if (func3(data20) < 1) {
              const err43 = { instancePath: instancePath + "/schemaLocations/" + i2, schemaPath: "#/properties/schemaLocations/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          } else {
            const err44 = { instancePath: instancePath + "/schemaLocations/" + i2, schemaPath: "#/properties/schemaLocations/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/schemaLocations", schemaPath: "#/properties/schemaLocations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.missingSchema !== void 0) {
      let data21 = data.missingSchema;
      if (!(data21 === "error" || data21 === "warning" || data21 === "ignore")) {
        const err46 = { instancePath: instancePath + "/missingSchema", schemaPath: "#/properties/missingSchema/enum", keyword: "enum", params: { allowedValues: schema16.properties.missingSchema.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.unreachableSchemaLocation !== void 0) {
      let data22 = data.unreachableSchemaLocation;
      if (!(data22 === "error" || data22 === "warning")) {
        const err47 = { instancePath: instancePath + "/unreachableSchemaLocation", schemaPath: "#/properties/unreachableSchemaLocation/enum", keyword: "enum", params: { allowedValues: schema16.properties.unreachableSchemaLocation.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.strict !== void 0) {
      if (typeof data.strict !== "boolean") {
        const err48 = { instancePath: instancePath + "/strict", schemaPath: "#/properties/strict/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.policies !== void 0) {
      let data24 = data.policies;
      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
        for (const key5 in data24) {
          if (!(key5 === "paths" || key5 === "overrides")) {
            const err49 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data24.paths !== void 0) {
          let data25 = data24.paths;
          if (Array.isArray(data25)) {
            const len3 = data25.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data26 = data25[i3];
              if (typeof data26 === "string") {
                if (func3(data26) < 1) {
                  const err50 = { instancePath: instancePath + "/policies/paths/" + i3, schemaPath: "#/properties/policies/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              } else {
                const err51 = { instancePath: instancePath + "/policies/paths/" + i3, schemaPath: "#/properties/policies/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
          } else {
            const err52 = { instancePath: instancePath + "/policies/paths", schemaPath: "#/properties/policies/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data24.overrides !== void 0) {
          let data27 = data24.overrides;
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            for (const key6 in data27) {
              const _errs61 = errors;
              if (typeof key6 === "string") {
                if (!pattern3.test(key6)) {
                  const err53 = { instancePath: instancePath + "/policies/overrides", schemaPath: "#/properties/policies/properties/overrides/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', propertyName: key6 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
              }
              if (errors > 0) {
                const emErrs6 = [];
                for (const err54 of vErrors) {
                  if (err54.keyword !== "errorMessage" && !err54.emUsed && (err54.instancePath === instancePath + "/policies/overrides" || err54.instancePath.indexOf(instancePath + "/policies/overrides") === 0 && err54.instancePath[instancePath + "/policies/overrides".length] === "/") && err54.schemaPath.indexOf("#/properties/policies/properties/overrides/propertyNames") === 0 && err54.schemaPath["#/properties/policies/properties/overrides/propertyNames".length] === "/") {
                    emErrs6.push(err54);
                    err54.emUsed = true;
                  }
                }
                if (emErrs6.length) {
                  const err55 = { instancePath: instancePath + "/policies/overrides", schemaPath: "#/properties/policies/properties/overrides/propertyNames/errorMessage", keyword: "errorMessage", params: { errors: emErrs6 }, message: "must be a policy or check id (lower-case kebab-case)", propertyName: key6 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
                const emErrs7 = [];
                for (const err56 of vErrors) {
                  if (!err56.emUsed) {
                    emErrs7.push(err56);
                  }
                }
                vErrors = emErrs7;
                errors = emErrs7.length;
              }
              var valid14 = _errs61 === errors;
              if (!valid14) {
                const err57 = { instancePath: instancePath + "/policies/overrides", schemaPath: "#/properties/policies/properties/overrides/propertyNames", keyword: "propertyNames", params: { propertyName: key6 }, message: "property name must be valid" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            for (const key7 in data27) {
              let data28 = data27[key7];
              const _errs64 = errors;
              let valid16 = false;
              const _errs65 = errors;
              if (!(data28 === "error" || data28 === "warning" || data28 === "off")) {
                const err58 = { instancePath: instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policies/properties/overrides/additionalProperties/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema16.properties.policies.properties.overrides.additionalProperties.anyOf[0].enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
              if (errors > 0) {
                const emErrs8 = [];
                for (const err59 of vErrors) {
                  if (err59.keyword !== "errorMessage" && !err59.emUsed && (err59.instancePath === instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") || err59.instancePath.indexOf(instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")) === 0 && err59.instancePath[instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1").length] === "/") && err59.schemaPath.indexOf("#/properties/policies/properties/overrides/additionalProperties/anyOf/0") === 0 && err59.schemaPath["#/properties/policies/properties/overrides/additionalProperties/anyOf/0".length] === "/") {
                    emErrs8.push(err59);
                    err59.emUsed = true;
                  }
                }
                if (emErrs8.length) {
                  const err60 = { instancePath: instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policies/properties/overrides/additionalProperties/anyOf/0/errorMessage", keyword: "errorMessage", params: { errors: emErrs8 }, message: "must be error, warning or off" };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
                const emErrs9 = [];
                for (const err61 of vErrors) {
                  if (!err61.emUsed) {
                    emErrs9.push(err61);
                  }
                }
                vErrors = emErrs9;
                errors = emErrs9.length;
              }
              var _valid0 = _errs65 === errors;
              valid16 = valid16 || _valid0;
              if (!valid16) {
                const _errs66 = errors;
                if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                  for (const key8 in data28) {
                    if (!(key8 === "severity" || key8 === "environments")) {
                      const err62 = { instancePath: instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policies/properties/overrides/additionalProperties/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err62];
                      } else {
                        vErrors.push(err62);
                      }
                      errors++;
                    }
                  }
                  if (data28.severity !== void 0) {
                    let data29 = data28.severity;
                    if (!(data29 === "error" || data29 === "warning" || data29 === "off")) {
                      const err63 = { instancePath: instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/policies/properties/overrides/additionalProperties/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema16.properties.policies.properties.overrides.additionalProperties.anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                      if (vErrors === null) {
                        vErrors = [err63];
                      } else {
                        vErrors.push(err63);
                      }
                      errors++;
                    }
                    if (errors > 0) {
                      const emErrs10 = [];
                      for (const err64 of vErrors) {
                        if (err64.keyword !== "errorMessage" && !err64.emUsed && (err64.instancePath === instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity" || err64.instancePath.indexOf(instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity") === 0 && err64.instancePath[instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity".length] === "/") && err64.schemaPath.indexOf("#/properties/policies/properties/overrides/additionalProperties/anyOf/1/properties/severity") === 0 && err64.schemaPath["#/properties/policies/properties/overrides/additionalProperties/anyOf/1/properties/severity".length] === "/") {
                          emErrs10.push(err64);
                          err64.emUsed = true;
                        }
                      }
                      if (emErrs10.length) {
                        const err65 = { instancePath: instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/policies/properties/overrides/additionalProperties/anyOf/1/properties/severity/errorMessage", keyword: "errorMessage", params: { errors: emErrs10 }, message: "must be error, warning or off" };
                        if (vErrors === null) {
                          vErrors = [err65];
                        } else {
                          vErrors.push(err65);
                        }
                        errors++;
                      }
                      const emErrs11 = [];
                      for (const err66 of vErrors) {
                        if (!err66.emUsed) {
                          emErrs11.push(err66);
                        }
                      }
                      vErrors = emErrs11;
                      errors = emErrs11.length;
                    }
                  }
                  if (data28.environments !== void 0) {
                    let data30 = data28.environments;
                    if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                      for (const key9 in data30) {
                        let data31 = data30[key9];
                        if (!(data31 === "error" || data31 === "warning" || data31 === "off")) {
                          const err67 = { instancePath: instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policies/properties/overrides/additionalProperties/anyOf/1/properties/environments/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema16.properties.policies.properties.overrides.additionalProperties.anyOf[1].properties.environments.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
                          if (vErrors === null) {
                            vErrors = [err67];
                          } else {
                            vErrors.push(err67);
                          }
                          errors++;
                        }
                        if (errors > 0) {
                          const emErrs12 = [];
                          for (const err68 of vErrors) {
                            if (err68.keyword !== "errorMessage" && !err68.emUsed && (err68.instancePath === instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") || err68.instancePath.indexOf(instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")) === 0 && err68.instancePath[instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1").length] === "/") && err68.schemaPath.indexOf("#/properties/policies/properties/overrides/additionalProperties/anyOf/1/properties/environments/additionalProperties") === 0 && err68.schemaPath["#/properties/policies/properties/overrides/additionalProperties/anyOf/1/properties/environments/additionalProperties".length] === "/") {
                              emErrs12.push(err68);
                              err68.emUsed = true;
                            }
                          }
                          if (emErrs12.length) {
                            const err69 = { instancePath: instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policies/properties/overrides/additionalProperties/anyOf/1/properties/environments/additionalProperties/errorMessage", keyword: "errorMessage", params: { errors: emErrs12 }, message: "must be error, warning or off" };
                            if (vErrors === null) {
                              vErrors = [err69];
                            } else {
                              vErrors.push(err69);
                            }
                            errors++;
                          }
                          const emErrs13 = [];
                          for (const err70 of vErrors) {
                            if (!err70.emUsed) {
                              emErrs13.push(err70);
                            }
                          }
                          vErrors = emErrs13;
                          errors = emErrs13.length;
                        }
                      }
                    } else {
                      const err71 = { instancePath: instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments", schemaPath: "#/properties/policies/properties/overrides/additionalProperties/anyOf/1/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err72 = { instancePath: instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policies/properties/overrides/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
                var _valid0 = _errs66 === errors;
                valid16 = valid16 || _valid0;
              }
              if (!valid16) {
                const err73 = { instancePath: instancePath + "/policies/overrides/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policies/properties/overrides/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              } else {
                errors = _errs64;
                if (vErrors !== null) {
                  if (_errs64) {
                    vErrors.length = _errs64;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err74 = { instancePath: instancePath + "/policies/overrides", schemaPath: "#/properties/policies/properties/overrides/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
      } else {
        const err75 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
    }
    if (data.checks !== void 0) {
      let data32 = data.checks;
      if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
        for (const key10 in data32) {
          if (!(key10 === "overrides")) {
            const err76 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data32.overrides !== void 0) {
          let data33 = data32.overrides;
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            for (const key11 in data33) {
              const _errs79 = errors;
              if (typeof key11 === "string") {
                if (!pattern3.test(key11)) {
                  const err77 = { instancePath: instancePath + "/checks/overrides", schemaPath: "#/properties/checks/properties/overrides/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', propertyName: key11 };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
              }
              if (errors > 0) {
                const emErrs14 = [];
                for (const err78 of vErrors) {
                  if (err78.keyword !== "errorMessage" && !err78.emUsed && (err78.instancePath === instancePath + "/checks/overrides" || err78.instancePath.indexOf(instancePath + "/checks/overrides") === 0 && err78.instancePath[instancePath + "/checks/overrides".length] === "/") && err78.schemaPath.indexOf("#/properties/checks/properties/overrides/propertyNames") === 0 && err78.schemaPath["#/properties/checks/properties/overrides/propertyNames".length] === "/") {
                    emErrs14.push(err78);
                    err78.emUsed = true;
                  }
                }
                if (emErrs14.length) {
                  const err79 = { instancePath: instancePath + "/checks/overrides", schemaPath: "#/properties/checks/properties/overrides/propertyNames/errorMessage", keyword: "errorMessage", params: { errors: emErrs14 }, message: "must be a policy or check id (lower-case kebab-case)", propertyName: key11 };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
                const emErrs15 = [];
                for (const err80 of vErrors) {
                  if (!err80.emUsed) {
                    emErrs15.push(err80);
                  }
                }
                vErrors = emErrs15;
                errors = emErrs15.length;
              }
              var valid20 = _errs79 === errors;
              if (!valid20) {
                const err81 = { instancePath: instancePath + "/checks/overrides", schemaPath: "#/properties/checks/properties/overrides/propertyNames", keyword: "propertyNames", params: { propertyName: key11 }, message: "property name must be valid" };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            for (const key12 in data33) {
              let data34 = data33[key12];
              const _errs82 = errors;
              let valid22 = false;
              const _errs83 = errors;
              if (!(data34 === "error" || data34 === "warning" || data34 === "off")) {
                const err82 = { instancePath: instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checks/properties/overrides/additionalProperties/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema16.properties.checks.properties.overrides.additionalProperties.anyOf[0].enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
              if (errors > 0) {
                const emErrs16 = [];
                for (const err83 of vErrors) {
                  if (err83.keyword !== "errorMessage" && !err83.emUsed && (err83.instancePath === instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") || err83.instancePath.indexOf(instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")) === 0 && err83.instancePath[instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1").length] === "/") && err83.schemaPath.indexOf("#/properties/checks/properties/overrides/additionalProperties/anyOf/0") === 0 && err83.schemaPath["#/properties/checks/properties/overrides/additionalProperties/anyOf/0".length] === "/") {
                    emErrs16.push(err83);
                    err83.emUsed = true;
                  }
                }
                if (emErrs16.length) {
                  const err84 = { instancePath: instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checks/properties/overrides/additionalProperties/anyOf/0/errorMessage", keyword: "errorMessage", params: { errors: emErrs16 }, message: "must be error, warning or off" };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
                const emErrs17 = [];
                for (const err85 of vErrors) {
                  if (!err85.emUsed) {
                    emErrs17.push(err85);
                  }
                }
                vErrors = emErrs17;
                errors = emErrs17.length;
              }
              var _valid1 = _errs83 === errors;
              valid22 = valid22 || _valid1;
              if (!valid22) {
                const _errs84 = errors;
                if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                  for (const key13 in data34) {
                    if (!(key13 === "severity" || key13 === "environments")) {
                      const err86 = { instancePath: instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checks/properties/overrides/additionalProperties/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err86];
                      } else {
                        vErrors.push(err86);
                      }
                      errors++;
                    }
                  }
                  if (data34.severity !== void 0) {
                    let data35 = data34.severity;
                    if (!(data35 === "error" || data35 === "warning" || data35 === "off")) {
                      const err87 = { instancePath: instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/checks/properties/overrides/additionalProperties/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema16.properties.checks.properties.overrides.additionalProperties.anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                      if (vErrors === null) {
                        vErrors = [err87];
                      } else {
                        vErrors.push(err87);
                      }
                      errors++;
                    }
                    if (errors > 0) {
                      const emErrs18 = [];
                      for (const err88 of vErrors) {
                        if (err88.keyword !== "errorMessage" && !err88.emUsed && (err88.instancePath === instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity" || err88.instancePath.indexOf(instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity") === 0 && err88.instancePath[instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity".length] === "/") && err88.schemaPath.indexOf("#/properties/checks/properties/overrides/additionalProperties/anyOf/1/properties/severity") === 0 && err88.schemaPath["#/properties/checks/properties/overrides/additionalProperties/anyOf/1/properties/severity".length] === "/") {
                          emErrs18.push(err88);
                          err88.emUsed = true;
                        }
                      }
                      if (emErrs18.length) {
                        const err89 = { instancePath: instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/checks/properties/overrides/additionalProperties/anyOf/1/properties/severity/errorMessage", keyword: "errorMessage", params: { errors: emErrs18 }, message: "must be error, warning or off" };
                        if (vErrors === null) {
                          vErrors = [err89];
                        } else {
                          vErrors.push(err89);
                        }
                        errors++;
                      }
                      const emErrs19 = [];
                      for (const err90 of vErrors) {
                        if (!err90.emUsed) {
                          emErrs19.push(err90);
                        }
                      }
                      vErrors = emErrs19;
                      errors = emErrs19.length;
                    }
                  }
                  if (data34.environments !== void 0) {
                    let data36 = data34.environments;
                    if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                      for (const key14 in data36) {
                        let data37 = data36[key14];
                        if (!(data37 === "error" || data37 === "warning" || data37 === "off")) {
                          const err91 = { instancePath: instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checks/properties/overrides/additionalProperties/anyOf/1/properties/environments/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema16.properties.checks.properties.overrides.additionalProperties.anyOf[1].properties.environments.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
                          if (vErrors === null) {
                            vErrors = [err91];
                          } else {
                            vErrors.push(err91);
                          }
                          errors++;
                        }
                        if (errors > 0) {
                          const emErrs20 = [];
                          for (const err92 of vErrors) {
                            if (err92.keyword !== "errorMessage" && !err92.emUsed && (err92.instancePath === instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1") || err92.instancePath.indexOf(instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")) === 0 && err92.instancePath[instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1").length] === "/") && err92.schemaPath.indexOf("#/properties/checks/properties/overrides/additionalProperties/anyOf/1/properties/environments/additionalProperties") === 0 && err92.schemaPath["#/properties/checks/properties/overrides/additionalProperties/anyOf/1/properties/environments/additionalProperties".length] === "/") {
                              emErrs20.push(err92);
                              err92.emUsed = true;
                            }
                          }
                          if (emErrs20.length) {
                            const err93 = { instancePath: instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checks/properties/overrides/additionalProperties/anyOf/1/properties/environments/additionalProperties/errorMessage", keyword: "errorMessage", params: { errors: emErrs20 }, message: "must be error, warning or off" };
                            if (vErrors === null) {
                              vErrors = [err93];
                            } else {
                              vErrors.push(err93);
                            }
                            errors++;
                          }
                          const emErrs21 = [];
                          for (const err94 of vErrors) {
                            if (!err94.emUsed) {
                              emErrs21.push(err94);
                            }
                          }
                          vErrors = emErrs21;
                          errors = emErrs21.length;
                        }
                      }
                    } else {
                      const err95 = { instancePath: instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments", schemaPath: "#/properties/checks/properties/overrides/additionalProperties/anyOf/1/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                      if (vErrors === null) {
                        vErrors = [err95];
                      } else {
                        vErrors.push(err95);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err96 = { instancePath: instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checks/properties/overrides/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err96];
                  } else {
                    vErrors.push(err96);
                  }
                  errors++;
                }
                var _valid1 = _errs84 === errors;
                valid22 = valid22 || _valid1;
              }
              if (!valid22) {
                const err97 = { instancePath: instancePath + "/checks/overrides/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checks/properties/overrides/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              } else {
                errors = _errs82;
                if (vErrors !== null) {
                  if (_errs82) {
                    vErrors.length = _errs82;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err98 = { instancePath: instancePath + "/checks/overrides", schemaPath: "#/properties/checks/properties/overrides/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
      } else {
        const err99 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err99];
        } else {
          vErrors.push(err99);
        }
        errors++;
      }
    }
    if (data.plan !== void 0) {
      let data38 = data.plan;
      if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
        for (const key15 in data38) {
          if (!(key15 === "ignore" || key15 === "defaults" || key15 === "production" || key15 === "maxCommentChars")) {
            const err100 = { instancePath: instancePath + "/plan", schemaPath: "#/properties/plan/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
        if (data38.ignore !== void 0) {
          let data39 = data38.ignore;
          if (Array.isArray(data39)) {
            const len4 = data39.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data40 = data39[i4];
              const _errs98 = errors;
              let valid28 = true;
              const _errs99 = errors;
              if (typeof data40 !== "string") {
                const err101 = {};
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
              var _valid2 = _errs99 === errors;
              errors = _errs98;
              if (vErrors !== null) {
                if (_errs98) {
                  vErrors.length = _errs98;
                } else {
                  vErrors = null;
                }
              }
              let ifClause0;
              if (_valid2) {
                const _errs101 = errors;
                if (typeof data40 === "string") {
                  if (func3(data40) < 1) {
                    const err102 = { instancePath: instancePath + "/plan/ignore/" + i4, schemaPath: "#/properties/plan/properties/ignore/items/then/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err102];
                    } else {
                      vErrors.push(err102);
                    }
                    errors++;
                  }
                }
                var _valid2 = _errs101 === errors;
                valid28 = _valid2;
                ifClause0 = "then";
              } else {
                const _errs102 = errors;
                if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                  if (data40.path === void 0) {
                    const err103 = { instancePath: instancePath + "/plan/ignore/" + i4, schemaPath: "#/properties/plan/properties/ignore/items/else/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                    if (vErrors === null) {
                      vErrors = [err103];
                    } else {
                      vErrors.push(err103);
                    }
                    errors++;
                  }
                  for (const key16 in data40) {
                    if (!(key16 === "path" || key16 === "apiVersion" || key16 === "kind" || key16 === "namespace" || key16 === "name")) {
                      const err104 = { instancePath: instancePath + "/plan/ignore/" + i4, schemaPath: "#/properties/plan/properties/ignore/items/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err104];
                      } else {
                        vErrors.push(err104);
                      }
                      errors++;
                    }
                  }
                  if (data40.path !== void 0) {
                    let data41 = data40.path;
                    if (typeof data41 === "string") {
                      if (func3(data41) < 1) {
                        const err105 = { instancePath: instancePath + "/plan/ignore/" + i4 + "/path", schemaPath: "#/properties/plan/properties/ignore/items/else/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                          vErrors = [err105];
                        } else {
                          vErrors.push(err105);
                        }
                        errors++;
                      }
                    } else {
                      const err106 = { instancePath: instancePath + "/plan/ignore/" + i4 + "/path", schemaPath: "#/properties/plan/properties/ignore/items/else/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err106];
                      } else {
                        vErrors.push(err106);
                      }
                      errors++;
                    }
                  }
                  if (data40.apiVersion !== void 0) {
                    if (typeof data40.apiVersion !== "string") {
                      const err107 = { instancePath: instancePath + "/plan/ignore/" + i4 + "/apiVersion", schemaPath: "#/properties/plan/properties/ignore/items/else/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err107];
                      } else {
                        vErrors.push(err107);
                      }
                      errors++;
                    }
                  }
                  if (data40.kind !== void 0) {
                    if (typeof data40.kind !== "string") {
                      const err108 = { instancePath: instancePath + "/plan/ignore/" + i4 + "/kind", schemaPath: "#/properties/plan/properties/ignore/items/else/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err108];
                      } else {
                        vErrors.push(err108);
                      }
                      errors++;
                    }
                  }
                  if (data40.namespace !== void 0) {
                    if (typeof data40.namespace !== "string") {
                      const err109 = { instancePath: instancePath + "/plan/ignore/" + i4 + "/namespace", schemaPath: "#/properties/plan/properties/ignore/items/else/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err109];
                      } else {
                        vErrors.push(err109);
                      }
                      errors++;
                    }
                  }
                  if (data40.name !== void 0) {
                    if (typeof data40.name !== "string") {
                      const err110 = { instancePath: instancePath + "/plan/ignore/" + i4 + "/name", schemaPath: "#/properties/plan/properties/ignore/items/else/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err110];
                      } else {
                        vErrors.push(err110);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err111 = { instancePath: instancePath + "/plan/ignore/" + i4, schemaPath: "#/properties/plan/properties/ignore/items/else/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err111];
                  } else {
                    vErrors.push(err111);
                  }
                  errors++;
                }
                if (errors > 0) {
                  const emErrors0 = { "type": [] };
                  const templates0 = {};
                  for (const err112 of vErrors) {
                    if (err112.keyword !== "errorMessage" && !err112.emUsed && err112.instancePath === instancePath + "/plan/ignore/" + i4 && err112.keyword in emErrors0 && err112.schemaPath.indexOf("#/properties/plan/properties/ignore/items/else") === 0 && /^\/[^\/]*$/.test(err112.schemaPath.slice(46))) {
                      emErrors0[err112.keyword].push(err112);
                      err112.emUsed = true;
                    }
                  }
                  for (const key17 in emErrors0) {
                    if (emErrors0[key17].length) {
                      const err113 = { instancePath: instancePath + "/plan/ignore/" + i4, schemaPath: "#/properties/plan/properties/ignore/items/else/errorMessage", keyword: "errorMessage", params: { errors: emErrors0[key17] }, message: key17 in templates0 ? templates0[key17]() : schema16.properties.plan.properties.ignore.items.else.errorMessage[key17] };
                      if (vErrors === null) {
                        vErrors = [err113];
                      } else {
                        vErrors.push(err113);
                      }
                      errors++;
                    }
                  }
                  const emErrs22 = [];
                  for (const err114 of vErrors) {
                    if (!err114.emUsed) {
                      emErrs22.push(err114);
                    }
                  }
                  vErrors = emErrs22;
                  errors = emErrs22.length;
                }
                var _valid2 = _errs102 === errors;
                valid28 = _valid2;
                ifClause0 = "else";
              }
              if (!valid28) {
                const err115 = { instancePath: instancePath + "/plan/ignore/" + i4, schemaPath: "#/properties/plan/properties/ignore/items/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
            }
          } else {
            const err116 = { instancePath: instancePath + "/plan/ignore", schemaPath: "#/properties/plan/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
        }
        if (data38.defaults !== void 0) {
          let data46 = data38.defaults;
          if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
            for (const key18 in data46) {
              if (!(key18 === "generatorHash" || key18 === "lastAppliedConfiguration")) {
                const err117 = { instancePath: instancePath + "/plan/defaults", schemaPath: "#/properties/plan/properties/defaults/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err117];
                } else {
                  vErrors.push(err117);
                }
                errors++;
              }
            }
            if (data46.generatorHash !== void 0) {
              if (typeof data46.generatorHash !== "boolean") {
                const err118 = { instancePath: instancePath + "/plan/defaults/generatorHash", schemaPath: "#/properties/plan/properties/defaults/properties/generatorHash/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err118];
                } else {
                  vErrors.push(err118);
                }
                errors++;
              }
              if (errors > 0) {
                const emErrs23 = [];
                for (const err119 of vErrors) {
                  if (err119.keyword !== "errorMessage" && !err119.emUsed && (err119.instancePath === instancePath + "/plan/defaults/generatorHash" || err119.instancePath.indexOf(instancePath + "/plan/defaults/generatorHash") === 0 && err119.instancePath[instancePath + "/plan/defaults/generatorHash".length] === "/") && err119.schemaPath.indexOf("#/properties/plan/properties/defaults/properties/generatorHash") === 0 && err119.schemaPath["#/properties/plan/properties/defaults/properties/generatorHash".length] === "/") {
                    emErrs23.push(err119);
                    err119.emUsed = true;
                  }
                }
                if (emErrs23.length) {
                  const err120 = { instancePath: instancePath + "/plan/defaults/generatorHash", schemaPath: "#/properties/plan/properties/defaults/properties/generatorHash/errorMessage", keyword: "errorMessage", params: { errors: emErrs23 }, message: "must be true or false" };
                  if (vErrors === null) {
                    vErrors = [err120];
                  } else {
                    vErrors.push(err120);
                  }
                  errors++;
                }
                const emErrs24 = [];
                for (const err121 of vErrors) {
                  if (!err121.emUsed) {
                    emErrs24.push(err121);
                  }
                }
                vErrors = emErrs24;
                errors = emErrs24.length;
              }
            }
            if (data46.lastAppliedConfiguration !== void 0) {
              if (typeof data46.lastAppliedConfiguration !== "boolean") {
                const err122 = { instancePath: instancePath + "/plan/defaults/lastAppliedConfiguration", schemaPath: "#/properties/plan/properties/defaults/properties/lastAppliedConfiguration/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err122];
                } else {
                  vErrors.push(err122);
                }
                errors++;
              }
              if (errors > 0) {
                const emErrs25 = [];
                for (const err123 of vErrors) {
                  if (err123.keyword !== "errorMessage" && !err123.emUsed && (err123.instancePath === instancePath + "/plan/defaults/lastAppliedConfiguration" || err123.instancePath.indexOf(instancePath + "/plan/defaults/lastAppliedConfiguration") === 0 && err123.instancePath[instancePath + "/plan/defaults/lastAppliedConfiguration".length] === "/") && err123.schemaPath.indexOf("#/properties/plan/properties/defaults/properties/lastAppliedConfiguration") === 0 && err123.schemaPath["#/properties/plan/properties/defaults/properties/lastAppliedConfiguration".length] === "/") {
                    emErrs25.push(err123);
                    err123.emUsed = true;
                  }
                }
                if (emErrs25.length) {
                  const err124 = { instancePath: instancePath + "/plan/defaults/lastAppliedConfiguration", schemaPath: "#/properties/plan/properties/defaults/properties/lastAppliedConfiguration/errorMessage", keyword: "errorMessage", params: { errors: emErrs25 }, message: "must be true or false" };
                  if (vErrors === null) {
                    vErrors = [err124];
                  } else {
                    vErrors.push(err124);
                  }
                  errors++;
                }
                const emErrs26 = [];
                for (const err125 of vErrors) {
                  if (!err125.emUsed) {
                    emErrs26.push(err125);
                  }
                }
                vErrors = emErrs26;
                errors = emErrs26.length;
              }
            }
          } else {
            const err126 = { instancePath: instancePath + "/plan/defaults", schemaPath: "#/properties/plan/properties/defaults/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err126];
            } else {
              vErrors.push(err126);
            }
            errors++;
          }
        }
        if (data38.production !== void 0) {
          let data49 = data38.production;
          if (Array.isArray(data49)) {
            const len5 = data49.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data50 = data49[i5];
              if (typeof data50 === "string") {
                if (func3(data50) < 1) {
                  const err127 = { instancePath: instancePath + "/plan/production/" + i5, schemaPath: "#/properties/plan/properties/production/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err127];
                  } else {
                    vErrors.push(err127);
                  }
                  errors++;
                }
              } else {
                const err128 = { instancePath: instancePath + "/plan/production/" + i5, schemaPath: "#/properties/plan/properties/production/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err128];
                } else {
                  vErrors.push(err128);
                }
                errors++;
              }
            }
          } else {
            const err129 = { instancePath: instancePath + "/plan/production", schemaPath: "#/properties/plan/properties/production/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err129];
            } else {
              vErrors.push(err129);
            }
            errors++;
          }
        }
        if (data38.maxCommentChars !== void 0) {
          let data51 = data38.maxCommentChars;
          if (!(typeof data51 == "number" && (!(data51 % 1) && !isNaN(data51)))) {
            const err130 = { instancePath: instancePath + "/plan/maxCommentChars", schemaPath: "#/properties/plan/properties/maxCommentChars/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err130];
            } else {
              vErrors.push(err130);
            }
            errors++;
          }
          if (typeof data51 == "number") {
            if (data51 > 65536 || isNaN(data51)) {
              const err131 = { instancePath: instancePath + "/plan/maxCommentChars", schemaPath: "#/properties/plan/properties/maxCommentChars/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65536 }, message: "must be <= 65536" };
              if (vErrors === null) {
                vErrors = [err131];
              } else {
                vErrors.push(err131);
              }
              errors++;
            }
            if (data51 < 1e3 || isNaN(data51)) {
              const err132 = { instancePath: instancePath + "/plan/maxCommentChars", schemaPath: "#/properties/plan/properties/maxCommentChars/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1e3 }, message: "must be >= 1000" };
              if (vErrors === null) {
                vErrors = [err132];
              } else {
                vErrors.push(err132);
              }
              errors++;
            }
          }
          if (errors > 0) {
            const emErrs27 = [];
            for (const err133 of vErrors) {
              if (err133.keyword !== "errorMessage" && !err133.emUsed && (err133.instancePath === instancePath + "/plan/maxCommentChars" || err133.instancePath.indexOf(instancePath + "/plan/maxCommentChars") === 0 && err133.instancePath[instancePath + "/plan/maxCommentChars".length] === "/") && err133.schemaPath.indexOf("#/properties/plan/properties/maxCommentChars") === 0 && err133.schemaPath["#/properties/plan/properties/maxCommentChars".length] === "/") {
                emErrs27.push(err133);
                err133.emUsed = true;
              }
            }
            if (emErrs27.length) {
              const err134 = { instancePath: instancePath + "/plan/maxCommentChars", schemaPath: "#/properties/plan/properties/maxCommentChars/errorMessage", keyword: "errorMessage", params: { errors: emErrs27 }, message: "must be an integer from 1000 to 65536" };
              if (vErrors === null) {
                vErrors = [err134];
              } else {
                vErrors.push(err134);
              }
              errors++;
            }
            const emErrs28 = [];
            for (const err135 of vErrors) {
              if (!err135.emUsed) {
                emErrs28.push(err135);
              }
            }
            vErrors = emErrs28;
            errors = emErrs28.length;
          }
        }
      } else {
        const err136 = { instancePath: instancePath + "/plan", schemaPath: "#/properties/plan/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err136];
        } else {
          vErrors.push(err136);
        }
        errors++;
      }
    }
    if (data.ecr !== void 0) {
      let data52 = data.ecr;
      if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
        if (data52.region === void 0) {
          const err137 = { instancePath: instancePath + "/ecr", schemaPath: "#/properties/ecr/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property 'region'" };
          if (vErrors === null) {
            vErrors = [err137];
          } else {
            vErrors.push(err137);
          }
          errors++;
        }
        if (data52.services === void 0) {
          const err138 = { instancePath: instancePath + "/ecr", schemaPath: "#/properties/ecr/required", keyword: "required", params: { missingProperty: "services" }, message: "must have required property 'services'" };
          if (vErrors === null) {
            vErrors = [err138];
          } else {
            vErrors.push(err138);
          }
          errors++;
        }
        for (const key19 in data52) {
          if (!(key19 === "region" || key19 === "drRegion" || key19 === "registryId" || key19 === "encryption" || key19 === "replication" || key19 === "lifecyclePolicy" || key19 === "rollbackReleases" || key19 === "services")) {
            const err139 = { instancePath: instancePath + "/ecr", schemaPath: "#/properties/ecr/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err139];
            } else {
              vErrors.push(err139);
            }
            errors++;
          }
        }
        if (data52.region !== void 0) {
          let data53 = data52.region;
          if (typeof data53 === "string") {
            if (!pattern2.test(data53)) {
              const err140 = { instancePath: instancePath + "/ecr/region", schemaPath: "#/properties/ecr/properties/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$" }, message: 'must match pattern "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$"' };
              if (vErrors === null) {
                vErrors = [err140];
              } else {
                vErrors.push(err140);
              }
              errors++;
            }
          } else {
            const err141 = { instancePath: instancePath + "/ecr/region", schemaPath: "#/properties/ecr/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err141];
            } else {
              vErrors.push(err141);
            }
            errors++;
          }
          if (errors > 0) {
            const emErrs29 = [];
            for (const err142 of vErrors) {
              if (err142.keyword !== "errorMessage" && !err142.emUsed && (err142.instancePath === instancePath + "/ecr/region" || err142.instancePath.indexOf(instancePath + "/ecr/region") === 0 && err142.instancePath[instancePath + "/ecr/region".length] === "/") && err142.schemaPath.indexOf("#/properties/ecr/properties/region") === 0 && err142.schemaPath["#/properties/ecr/properties/region".length] === "/") {
                emErrs29.push(err142);
                err142.emUsed = true;
              }
            }
            if (emErrs29.length) {
              const err143 = { instancePath: instancePath + "/ecr/region", schemaPath: "#/properties/ecr/properties/region/errorMessage", keyword: "errorMessage", params: { errors: emErrs29 }, message: 'must be an AWS region like "eu-west-1"' };
              if (vErrors === null) {
                vErrors = [err143];
              } else {
                vErrors.push(err143);
              }
              errors++;
            }
            const emErrs30 = [];
            for (const err144 of vErrors) {
              if (!err144.emUsed) {
                emErrs30.push(err144);
              }
            }
            vErrors = emErrs30;
            errors = emErrs30.length;
          }
        }
        if (data52.drRegion !== void 0) {
          let data54 = data52.drRegion;
          if (typeof data54 === "string") {
            if (!pattern2.test(data54)) {
              const err145 = { instancePath: instancePath + "/ecr/drRegion", schemaPath: "#/properties/ecr/properties/drRegion/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$" }, message: 'must match pattern "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$"' };
              if (vErrors === null) {
                vErrors = [err145];
              } else {
                vErrors.push(err145);
              }
              errors++;
            }
          } else {
            const err146 = { instancePath: instancePath + "/ecr/drRegion", schemaPath: "#/properties/ecr/properties/drRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err146];
            } else {
              vErrors.push(err146);
            }
            errors++;
          }
          if (errors > 0) {
            const emErrs31 = [];
            for (const err147 of vErrors) {
              if (err147.keyword !== "errorMessage" && !err147.emUsed && (err147.instancePath === instancePath + "/ecr/drRegion" || err147.instancePath.indexOf(instancePath + "/ecr/drRegion") === 0 && err147.instancePath[instancePath + "/ecr/drRegion".length] === "/") && err147.schemaPath.indexOf("#/properties/ecr/properties/drRegion") === 0 && err147.schemaPath["#/properties/ecr/properties/drRegion".length] === "/") {
                emErrs31.push(err147);
                err147.emUsed = true;
              }
            }
            if (emErrs31.length) {
              const err148 = { instancePath: instancePath + "/ecr/drRegion", schemaPath: "#/properties/ecr/properties/drRegion/errorMessage", keyword: "errorMessage", params: { errors: emErrs31 }, message: 'must be an AWS region like "eu-west-1"' };
              if (vErrors === null) {
                vErrors = [err148];
              } else {
                vErrors.push(err148);
              }
              errors++;
            }
            const emErrs32 = [];
            for (const err149 of vErrors) {
              if (!err149.emUsed) {
                emErrs32.push(err149);
              }
            }
            vErrors = emErrs32;
            errors = emErrs32.length;
          }
        }
        if (data52.registryId !== void 0) {
          let data55 = data52.registryId;
          if (typeof data55 === "string") {
            if (!pattern7.test(data55)) {
              const err150 = { instancePath: instancePath + "/ecr/registryId", schemaPath: "#/properties/ecr/properties/registryId/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"' };
              if (vErrors === null) {
                vErrors = [err150];
              } else {
                vErrors.push(err150);
              }
              errors++;
            }
          } else {
            const err151 = { instancePath: instancePath + "/ecr/registryId", schemaPath: "#/properties/ecr/properties/registryId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err151];
            } else {
              vErrors.push(err151);
            }
            errors++;
          }
          if (errors > 0) {
            const emErrs33 = [];
            for (const err152 of vErrors) {
              if (err152.keyword !== "errorMessage" && !err152.emUsed && (err152.instancePath === instancePath + "/ecr/registryId" || err152.instancePath.indexOf(instancePath + "/ecr/registryId") === 0 && err152.instancePath[instancePath + "/ecr/registryId".length] === "/") && err152.schemaPath.indexOf("#/properties/ecr/properties/registryId") === 0 && err152.schemaPath["#/properties/ecr/properties/registryId".length] === "/") {
                emErrs33.push(err152);
                err152.emUsed = true;
              }
            }
            if (emErrs33.length) {
              const err153 = { instancePath: instancePath + "/ecr/registryId", schemaPath: "#/properties/ecr/properties/registryId/errorMessage", keyword: "errorMessage", params: { errors: emErrs33 }, message: "must be a 12-digit AWS account id" };
              if (vErrors === null) {
                vErrors = [err153];
              } else {
                vErrors.push(err153);
              }
              errors++;
            }
            const emErrs34 = [];
            for (const err154 of vErrors) {
              if (!err154.emUsed) {
                emErrs34.push(err154);
              }
            }
            vErrors = emErrs34;
            errors = emErrs34.length;
          }
        }
        if (data52.encryption !== void 0) {
          let data56 = data52.encryption;
          const _errs139 = errors;
          let valid34 = true;
          const _errs140 = errors;
          if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
            if (data56.type !== void 0) {
              if ("KMS" !== data56.type) {
                const err155 = {};
                if (vErrors === null) {
                  vErrors = [err155];
                } else {
                  vErrors.push(err155);
                }
                errors++;
              }
            }
          }
          var _valid3 = _errs140 === errors;
          errors = _errs139;
          if (vErrors !== null) {
            if (_errs139) {
              vErrors.length = _errs139;
            } else {
              vErrors = null;
            }
          }
          if (_valid3) {
            const _errs142 = errors;
            if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
              if (data56.kmsKey === void 0) {
                const err156 = { instancePath: instancePath + "/ecr/encryption", schemaPath: "#/properties/ecr/properties/encryption/then/required", keyword: "required", params: { missingProperty: "kmsKey" }, message: "must have required property 'kmsKey'" };
                if (vErrors === null) {
                  vErrors = [err156];
                } else {
                  vErrors.push(err156);
                }
                errors++;
              }
            }
            if (errors > 0) {
              const emErrors1 = { "required": [] };
              const templates1 = {};
              for (const err157 of vErrors) {
                if (err157.keyword !== "errorMessage" && !err157.emUsed && err157.instancePath === instancePath + "/ecr/encryption" && err157.keyword in emErrors1 && err157.schemaPath.indexOf("#/properties/ecr/properties/encryption/then") === 0 && /^\/[^\/]*$/.test(err157.schemaPath.slice(43))) {
                  emErrors1[err157.keyword].push(err157);
                  err157.emUsed = true;
                }
              }
              for (const key20 in emErrors1) {
                if (emErrors1[key20].length) {
                  const err158 = { instancePath: instancePath + "/ecr/encryption", schemaPath: "#/properties/ecr/properties/encryption/then/errorMessage", keyword: "errorMessage", params: { errors: emErrors1[key20] }, message: key20 in templates1 ? templates1[key20]() : schema16.properties.ecr.properties.encryption.then.errorMessage[key20] };
                  if (vErrors === null) {
                    vErrors = [err158];
                  } else {
                    vErrors.push(err158);
                  }
                  errors++;
                }
              }
              const emErrs35 = [];
              for (const err159 of vErrors) {
                if (!err159.emUsed) {
                  emErrs35.push(err159);
                }
              }
              vErrors = emErrs35;
              errors = emErrs35.length;
            }
            var _valid3 = _errs142 === errors;
            valid34 = _valid3;
          }
          if (!valid34) {
            const err160 = { instancePath: instancePath + "/ecr/encryption", schemaPath: "#/properties/ecr/properties/encryption/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
            if (vErrors === null) {
              vErrors = [err160];
            } else {
              vErrors.push(err160);
            }
            errors++;
          }
          if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
            if (data56.type === void 0) {
              const err161 = { instancePath: instancePath + "/ecr/encryption", schemaPath: "#/properties/ecr/properties/encryption/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              if (vErrors === null) {
                vErrors = [err161];
              } else {
                vErrors.push(err161);
              }
              errors++;
            }
            for (const key21 in data56) {
              if (!(key21 === "type" || key21 === "kmsKey")) {
                const err162 = { instancePath: instancePath + "/ecr/encryption", schemaPath: "#/properties/ecr/properties/encryption/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err162];
                } else {
                  vErrors.push(err162);
                }
                errors++;
              }
            }
            if (data56.type !== void 0) {
              let data58 = data56.type;
              if (!(data58 === "AES256" || data58 === "KMS")) {
                const err163 = { instancePath: instancePath + "/ecr/encryption/type", schemaPath: "#/properties/ecr/properties/encryption/properties/type/enum", keyword: "enum", params: { allowedValues: schema16.properties.ecr.properties.encryption.properties.type.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err163];
                } else {
                  vErrors.push(err163);
                }
                errors++;
              }
              if (errors > 0) {
                const emErrs36 = [];
                for (const err164 of vErrors) {
                  if (err164.keyword !== "errorMessage" && !err164.emUsed && (err164.instancePath === instancePath + "/ecr/encryption/type" || err164.instancePath.indexOf(instancePath + "/ecr/encryption/type") === 0 && err164.instancePath[instancePath + "/ecr/encryption/type".length] === "/") && err164.schemaPath.indexOf("#/properties/ecr/properties/encryption/properties/type") === 0 && err164.schemaPath["#/properties/ecr/properties/encryption/properties/type".length] === "/") {
                    emErrs36.push(err164);
                    err164.emUsed = true;
                  }
                }
                if (emErrs36.length) {
                  const err165 = { instancePath: instancePath + "/ecr/encryption/type", schemaPath: "#/properties/ecr/properties/encryption/properties/type/errorMessage", keyword: "errorMessage", params: { errors: emErrs36 }, message: "must be AES256 or KMS" };
                  if (vErrors === null) {
                    vErrors = [err165];
                  } else {
                    vErrors.push(err165);
                  }
                  errors++;
                }
                const emErrs37 = [];
                for (const err166 of vErrors) {
                  if (!err166.emUsed) {
                    emErrs37.push(err166);
                  }
                }
                vErrors = emErrs37;
                errors = emErrs37.length;
              }
            }
            if (data56.kmsKey !== void 0) {
              let data59 = data56.kmsKey;
              if (typeof data59 === "string") {
                if (func3(data59) < 1) {
                  const err167 = { instancePath: instancePath + "/ecr/encryption/kmsKey", schemaPath: "#/properties/ecr/properties/encryption/properties/kmsKey/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err167];
                  } else {
                    vErrors.push(err167);
                  }
                  errors++;
                }
              } else {
                const err168 = { instancePath: instancePath + "/ecr/encryption/kmsKey", schemaPath: "#/properties/ecr/properties/encryption/properties/kmsKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err168];
                } else {
                  vErrors.push(err168);
                }
                errors++;
              }
            }
          } else {
            const err169 = { instancePath: instancePath + "/ecr/encryption", schemaPath: "#/properties/ecr/properties/encryption/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err169];
            } else {
              vErrors.push(err169);
            }
            errors++;
          }
        }
        if (data52.replication !== void 0) {
          let data60 = data52.replication;
          if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
            for (const key22 in data60) {
              if (!(key22 === "enabled" || key22 === "regions")) {
                const err170 = { instancePath: instancePath + "/ecr/replication", schemaPath: "#/properties/ecr/properties/replication/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err170];
                } else {
                  vErrors.push(err170);
                }
                errors++;
              }
            }
            if (data60.enabled !== void 0) {
              if (typeof data60.enabled !== "boolean") {
                const err171 = { instancePath: instancePath + "/ecr/replication/enabled", schemaPath: "#/properties/ecr/properties/replication/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err171];
                } else {
                  vErrors.push(err171);
                }
                errors++;
              }
            }
            if (data60.regions !== void 0) {
              let data62 = data60.regions;
              if (Array.isArray(data62)) {
                if (data62.length > 25) {
                  const err172 = { instancePath: instancePath + "/ecr/replication/regions", schemaPath: "#/properties/ecr/properties/replication/properties/regions/maxItems", keyword: "maxItems", params: { limit: 25 }, message: "must NOT have more than 25 items" };
                  if (vErrors === null) {
                    vErrors = [err172];
                  } else {
                    vErrors.push(err172);
                  }
                  errors++;
                }
                if (data62.length < 1) {
                  const err173 = { instancePath: instancePath + "/ecr/replication/regions", schemaPath: "#/properties/ecr/properties/replication/properties/regions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err173];
                  } else {
                    vErrors.push(err173);
                  }
                  errors++;
                }
                const len6 = data62.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  let data63 = data62[i6];
                  if (typeof data63 === "string") {
                    if (!pattern2.test(data63)) {
                      const err174 = { instancePath: instancePath + "/ecr/replication/regions/" + i6, schemaPath: "#/properties/ecr/properties/replication/properties/regions/items/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$" }, message: 'must match pattern "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$"' };
                      if (vErrors === null) {
                        vErrors = [err174];
                      } else {
                        vErrors.push(err174);
                      }
                      errors++;
                    }
                  } else {
                    const err175 = { instancePath: instancePath + "/ecr/replication/regions/" + i6, schemaPath: "#/properties/ecr/properties/replication/properties/regions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err175];
                    } else {
                      vErrors.push(err175);
                    }
                    errors++;
                  }
                  if (errors > 0) {
                    const emErrs38 = [];
                    for (const err176 of vErrors) {
                      if (err176.keyword !== "errorMessage" && !err176.emUsed && (err176.instancePath === instancePath + "/ecr/replication/regions/" + i6 || err176.instancePath.indexOf(instancePath + "/ecr/replication/regions/" + i6) === 0 && err176.instancePath[instancePath + "/ecr/replication/regions/" + i6.length] === "/") && err176.schemaPath.indexOf("#/properties/ecr/properties/replication/properties/regions/items") === 0 && err176.schemaPath["#/properties/ecr/properties/replication/properties/regions/items".length] === "/") {
                        emErrs38.push(err176);
                        err176.emUsed = true;
                      }
                    }
                    if (emErrs38.length) {
                      const err177 = { instancePath: instancePath + "/ecr/replication/regions/" + i6, schemaPath: "#/properties/ecr/properties/replication/properties/regions/items/errorMessage", keyword: "errorMessage", params: { errors: emErrs38 }, message: 'must be an AWS region like "eu-west-1"' };
                      if (vErrors === null) {
                        vErrors = [err177];
                      } else {
                        vErrors.push(err177);
                      }
                      errors++;
                    }
                    const emErrs39 = [];
                    for (const err178 of vErrors) {
                      if (!err178.emUsed) {
                        emErrs39.push(err178);
                      }
                    }
                    vErrors = emErrs39;
                    errors = emErrs39.length;
                  }
                }
              } else {
                const err179 = { instancePath: instancePath + "/ecr/replication/regions", schemaPath: "#/properties/ecr/properties/replication/properties/regions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err179];
                } else {
                  vErrors.push(err179);
                }
                errors++;
              }
            }
          } else {
            const err180 = { instancePath: instancePath + "/ecr/replication", schemaPath: "#/properties/ecr/properties/replication/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err180];
            } else {
              vErrors.push(err180);
            }
            errors++;
          }
        }
        if (data52.lifecyclePolicy !== void 0) {
          let data64 = data52.lifecyclePolicy;
          if (typeof data64 === "string") {
            if (func3(data64) < 1) {
              const err181 = { instancePath: instancePath + "/ecr/lifecyclePolicy", schemaPath: "#/properties/ecr/properties/lifecyclePolicy/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err181];
              } else {
                vErrors.push(err181);
              }
              errors++;
            }
          } else {
            const err182 = { instancePath: instancePath + "/ecr/lifecyclePolicy", schemaPath: "#/properties/ecr/properties/lifecyclePolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err182];
            } else {
              vErrors.push(err182);
            }
            errors++;
          }
        }
        if (data52.rollbackReleases !== void 0) {
          let data65 = data52.rollbackReleases;
          if (!(typeof data65 == "number" && (!(data65 % 1) && !isNaN(data65)))) {
            const err183 = { instancePath: instancePath + "/ecr/rollbackReleases", schemaPath: "#/properties/ecr/properties/rollbackReleases/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err183];
            } else {
              vErrors.push(err183);
            }
            errors++;
          }
          if (typeof data65 == "number") {
            if (data65 > 50 || isNaN(data65)) {
              const err184 = { instancePath: instancePath + "/ecr/rollbackReleases", schemaPath: "#/properties/ecr/properties/rollbackReleases/maximum", keyword: "maximum", params: { comparison: "<=", limit: 50 }, message: "must be <= 50" };
              if (vErrors === null) {
                vErrors = [err184];
              } else {
                vErrors.push(err184);
              }
              errors++;
            }
            if (data65 < 0 || isNaN(data65)) {
              const err185 = { instancePath: instancePath + "/ecr/rollbackReleases", schemaPath: "#/properties/ecr/properties/rollbackReleases/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err185];
              } else {
                vErrors.push(err185);
              }
              errors++;
            }
          }
        }
        if (data52.services !== void 0) {
          let data66 = data52.services;
          if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
            if (Object.keys(data66).length < 1) {
              const err186 = { instancePath: instancePath + "/ecr/services", schemaPath: "#/properties/ecr/properties/services/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
              if (vErrors === null) {
                vErrors = [err186];
              } else {
                vErrors.push(err186);
              }
              errors++;
            }
            for (const key23 in data66) {
              const _errs162 = errors;
              if (typeof key23 === "string") {
                if (!pattern9.test(key23)) {
                  const err187 = { instancePath: instancePath + "/ecr/services", schemaPath: "#/properties/ecr/properties/services/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', propertyName: key23 };
                  if (vErrors === null) {
                    vErrors = [err187];
                  } else {
                    vErrors.push(err187);
                  }
                  errors++;
                }
              }
              if (errors > 0) {
                const emErrs40 = [];
                for (const err188 of vErrors) {
                  if (err188.keyword !== "errorMessage" && !err188.emUsed && (err188.instancePath === instancePath + "/ecr/services" || err188.instancePath.indexOf(instancePath + "/ecr/services") === 0 && err188.instancePath[instancePath + "/ecr/services".length] === "/") && err188.schemaPath.indexOf("#/properties/ecr/properties/services/propertyNames") === 0 && err188.schemaPath["#/properties/ecr/properties/services/propertyNames".length] === "/") {
                    emErrs40.push(err188);
                    err188.emUsed = true;
                  }
                }
                if (emErrs40.length) {
                  const err189 = { instancePath: instancePath + "/ecr/services", schemaPath: "#/properties/ecr/properties/services/propertyNames/errorMessage", keyword: "errorMessage", params: { errors: emErrs40 }, message: 'service names are letters, digits, ".", "_" and "-"', propertyName: key23 };
                  if (vErrors === null) {
                    vErrors = [err189];
                  } else {
                    vErrors.push(err189);
                  }
                  errors++;
                }
                const emErrs41 = [];
                for (const err190 of vErrors) {
                  if (!err190.emUsed) {
                    emErrs41.push(err190);
                  }
                }
                vErrors = emErrs41;
                errors = emErrs41.length;
              }
              var valid40 = _errs162 === errors;
              if (!valid40) {
                const err191 = { instancePath: instancePath + "/ecr/services", schemaPath: "#/properties/ecr/properties/services/propertyNames", keyword: "propertyNames", params: { propertyName: key23 }, message: "property name must be valid" };
                if (vErrors === null) {
                  vErrors = [err191];
                } else {
                  vErrors.push(err191);
                }
                errors++;
              }
            }
            for (const key24 in data66) {
              let data67 = data66[key24];
              if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                if (data67.repository === void 0) {
                  const err192 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ecr/properties/services/additionalProperties/required", keyword: "required", params: { missingProperty: "repository" }, message: "must have required property 'repository'" };
                  if (vErrors === null) {
                    vErrors = [err192];
                  } else {
                    vErrors.push(err192);
                  }
                  errors++;
                }
                for (const key25 in data67) {
                  if (!(key25 === "repository" || key25 === "context" || key25 === "dockerfile" || key25 === "lifecyclePolicy" || key25 === "platforms")) {
                    const err193 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ecr/properties/services/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err193];
                    } else {
                      vErrors.push(err193);
                    }
                    errors++;
                  }
                }
                if (data67.repository !== void 0) {
                  let data68 = data67.repository;
                  if (typeof data68 === "string") {
                    if (func3(data68) > 256) {
                      const err194 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/repository", schemaPath: "#/properties/ecr/properties/services/additionalProperties/properties/repository/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
                      if (vErrors === null) {
                        vErrors = [err194];
                      } else {
                        vErrors.push(err194);
                      }
                      errors++;
                    }
                    if (func3(data68) < 2) {
                      const err195 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/repository", schemaPath: "#/properties/ecr/properties/services/additionalProperties/properties/repository/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
                      if (vErrors === null) {
                        vErrors = [err195];
                      } else {
                        vErrors.push(err195);
                      }
                      errors++;
                    }
                    if (!pattern10.test(data68)) {
                      const err196 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/repository", schemaPath: "#/properties/ecr/properties/services/additionalProperties/properties/repository/pattern", keyword: "pattern", params: { pattern: "^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$" }, message: 'must match pattern "^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$"' };
                      if (vErrors === null) {
                        vErrors = [err196];
                      } else {
                        vErrors.push(err196);
                      }
                      errors++;
                    }
                  } else {
                    const err197 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/repository", schemaPath: "#/properties/ecr/properties/services/additionalProperties/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err197];
                    } else {
                      vErrors.push(err197);
                    }
                    errors++;
                  }
                  if (errors > 0) {
                    const emErrs42 = [];
                    for (const err198 of vErrors) {
                      if (err198.keyword !== "errorMessage" && !err198.emUsed && (err198.instancePath === instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/repository" || err198.instancePath.indexOf(instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/repository") === 0 && err198.instancePath[instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/repository".length] === "/") && err198.schemaPath.indexOf("#/properties/ecr/properties/services/additionalProperties/properties/repository") === 0 && err198.schemaPath["#/properties/ecr/properties/services/additionalProperties/properties/repository".length] === "/") {
                        emErrs42.push(err198);
                        err198.emUsed = true;
                      }
                    }
                    if (emErrs42.length) {
                      const err199 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/repository", schemaPath: "#/properties/ecr/properties/services/additionalProperties/properties/repository/errorMessage", keyword: "errorMessage", params: { errors: emErrs42 }, message: 'must be an ECR repository name (lowercase, "/", ".", "_", "-"), e.g. "team/payments"' };
                      if (vErrors === null) {
                        vErrors = [err199];
                      } else {
                        vErrors.push(err199);
                      }
                      errors++;
                    }
                    const emErrs43 = [];
                    for (const err200 of vErrors) {
                      if (!err200.emUsed) {
                        emErrs43.push(err200);
                      }
                    }
                    vErrors = emErrs43;
                    errors = emErrs43.length;
                  }
                }
                if (data67.context !== void 0) {
                  let data69 = data67.context;
                  if (typeof data69 === "string") {
                    if (func3(data69) < 1) {
                      const err201 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/context", schemaPath: "#/properties/ecr/properties/services/additionalProperties/properties/context/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err201];
                      } else {
                        vErrors.push(err201);
                      }
                      errors++;
                    }
                  } else {
                    const err202 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/context", schemaPath: "#/properties/ecr/properties/services/additionalProperties/properties/context/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err202];
                    } else {
                      vErrors.push(err202);
                    }
                    errors++;
                  }
                }
                if (data67.dockerfile !== void 0) {
                  let data70 = data67.dockerfile;
                  if (typeof data70 === "string") {
                    if (func3(data70) < 1) {
                      const err203 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/dockerfile", schemaPath: "#/properties/ecr/properties/services/additionalProperties/properties/dockerfile/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err203];
                      } else {
                        vErrors.push(err203);
                      }
                      errors++;
                    }
                  } else {
                    const err204 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/dockerfile", schemaPath: "#/properties/ecr/properties/services/additionalProperties/properties/dockerfile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err204];
                    } else {
                      vErrors.push(err204);
                    }
                    errors++;
                  }
                }
                if (data67.lifecyclePolicy !== void 0) {
                  let data71 = data67.lifecyclePolicy;
                  if (typeof data71 === "string") {
                    if (func3(data71) < 1) {
                      const err205 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/lifecyclePolicy", schemaPath: "#/properties/ecr/properties/services/additionalProperties/properties/lifecyclePolicy/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err205];
                      } else {
                        vErrors.push(err205);
                      }
                      errors++;
                    }
                  } else {
                    const err206 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/lifecyclePolicy", schemaPath: "#/properties/ecr/properties/services/additionalProperties/properties/lifecyclePolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err206];
                    } else {
                      vErrors.push(err206);
                    }
                    errors++;
                  }
                }
                if (data67.platforms !== void 0) {
                  let data72 = data67.platforms;
                  if (Array.isArray(data72)) {
                    const len7 = data72.length;
                    for (let i7 = 0; i7 < len7; i7++) {
                      let data73 = data72[i7];
                      if (typeof data73 === "string") {
                        if (!pattern11.test(data73)) {
                          const err207 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/platforms/" + i7, schemaPath: "#/properties/ecr/properties/services/additionalProperties/properties/platforms/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+/[a-z0-9]+(/[a-z0-9]+)?$" }, message: 'must match pattern "^[a-z0-9]+/[a-z0-9]+(/[a-z0-9]+)?$"' };
                          if (vErrors === null) {
                            vErrors = [err207];
                          } else {
                            vErrors.push(err207);
                          }
                          errors++;
                        }
                      } else {
                        const err208 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/platforms/" + i7, schemaPath: "#/properties/ecr/properties/services/additionalProperties/properties/platforms/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err208];
                        } else {
                          vErrors.push(err208);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err209 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/platforms", schemaPath: "#/properties/ecr/properties/services/additionalProperties/properties/platforms/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err209];
                    } else {
                      vErrors.push(err209);
                    }
                    errors++;
                  }
                }
              } else {
                const err210 = { instancePath: instancePath + "/ecr/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ecr/properties/services/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err210];
                } else {
                  vErrors.push(err210);
                }
                errors++;
              }
            }
          } else {
            const err211 = { instancePath: instancePath + "/ecr/services", schemaPath: "#/properties/ecr/properties/services/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err211];
            } else {
              vErrors.push(err211);
            }
            errors++;
          }
        }
      } else {
        const err212 = { instancePath: instancePath + "/ecr", schemaPath: "#/properties/ecr/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err212];
        } else {
          vErrors.push(err212);
        }
        errors++;
      }
    }
    if (data.promotion !== void 0) {
      let data74 = data.promotion;
      if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
        for (const key26 in data74) {
          if (!(key26 === "mode" || key26 === "branch" || key26 === "remote" || key26 === "environments" || key26 === "freeze")) {
            const err213 = { instancePath: instancePath + "/promotion", schemaPath: "#/properties/promotion/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err213];
            } else {
              vErrors.push(err213);
            }
            errors++;
          }
        }
        if (data74.mode !== void 0) {
          let data75 = data74.mode;
          if (!(data75 === "push" || data75 === "pull-request")) {
            const err214 = { instancePath: instancePath + "/promotion/mode", schemaPath: "#/properties/promotion/properties/mode/enum", keyword: "enum", params: { allowedValues: schema16.properties.promotion.properties.mode.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err214];
            } else {
              vErrors.push(err214);
            }
            errors++;
          }
          if (errors > 0) {
            const emErrs44 = [];
            for (const err215 of vErrors) {
              if (err215.keyword !== "errorMessage" && !err215.emUsed && (err215.instancePath === instancePath + "/promotion/mode" || err215.instancePath.indexOf(instancePath + "/promotion/mode") === 0 && err215.instancePath[instancePath + "/promotion/mode".length] === "/") && err215.schemaPath.indexOf("#/properties/promotion/properties/mode") === 0 && err215.schemaPath["#/properties/promotion/properties/mode".length] === "/") {
                emErrs44.push(err215);
                err215.emUsed = true;
              }
            }
            if (emErrs44.length) {
              const err216 = { instancePath: instancePath + "/promotion/mode", schemaPath: "#/properties/promotion/properties/mode/errorMessage", keyword: "errorMessage", params: { errors: emErrs44 }, message: "must be push or pull-request" };
              if (vErrors === null) {
                vErrors = [err216];
              } else {
                vErrors.push(err216);
              }
              errors++;
            }
            const emErrs45 = [];
            for (const err217 of vErrors) {
              if (!err217.emUsed) {
                emErrs45.push(err217);
              }
            }
            vErrors = emErrs45;
            errors = emErrs45.length;
          }
        }
        if (data74.branch !== void 0) {
          let data76 = data74.branch;
          if (typeof data76 === "string") {
            if (func3(data76) < 1) {
              const err218 = { instancePath: instancePath + "/promotion/branch", schemaPath: "#/properties/promotion/properties/branch/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err218];
              } else {
                vErrors.push(err218);
              }
              errors++;
            }
            if (!pattern12.test(data76)) {
              const err219 = { instancePath: instancePath + "/promotion/branch", schemaPath: "#/properties/promotion/properties/branch/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._/-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._/-]*$"' };
              if (vErrors === null) {
                vErrors = [err219];
              } else {
                vErrors.push(err219);
              }
              errors++;
            }
          } else {
            const err220 = { instancePath: instancePath + "/promotion/branch", schemaPath: "#/properties/promotion/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err220];
            } else {
              vErrors.push(err220);
            }
            errors++;
          }
          if (errors > 0) {
            const emErrs46 = [];
            for (const err221 of vErrors) {
              if (err221.keyword !== "errorMessage" && !err221.emUsed && (err221.instancePath === instancePath + "/promotion/branch" || err221.instancePath.indexOf(instancePath + "/promotion/branch") === 0 && err221.instancePath[instancePath + "/promotion/branch".length] === "/") && err221.schemaPath.indexOf("#/properties/promotion/properties/branch") === 0 && err221.schemaPath["#/properties/promotion/properties/branch".length] === "/") {
                emErrs46.push(err221);
                err221.emUsed = true;
              }
            }
            if (emErrs46.length) {
              const err222 = { instancePath: instancePath + "/promotion/branch", schemaPath: "#/properties/promotion/properties/branch/errorMessage", keyword: "errorMessage", params: { errors: emErrs46 }, message: "must be a branch name like main" };
              if (vErrors === null) {
                vErrors = [err222];
              } else {
                vErrors.push(err222);
              }
              errors++;
            }
            const emErrs47 = [];
            for (const err223 of vErrors) {
              if (!err223.emUsed) {
                emErrs47.push(err223);
              }
            }
            vErrors = emErrs47;
            errors = emErrs47.length;
          }
        }
        if (data74.remote !== void 0) {
          let data77 = data74.remote;
          if (typeof data77 === "string") {
            if (func3(data77) < 1) {
              const err224 = { instancePath: instancePath + "/promotion/remote", schemaPath: "#/properties/promotion/properties/remote/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err224];
              } else {
                vErrors.push(err224);
              }
              errors++;
            }
            if (!pattern9.test(data77)) {
              const err225 = { instancePath: instancePath + "/promotion/remote", schemaPath: "#/properties/promotion/properties/remote/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"' };
              if (vErrors === null) {
                vErrors = [err225];
              } else {
                vErrors.push(err225);
              }
              errors++;
            }
          } else {
            const err226 = { instancePath: instancePath + "/promotion/remote", schemaPath: "#/properties/promotion/properties/remote/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err226];
            } else {
              vErrors.push(err226);
            }
            errors++;
          }
          if (errors > 0) {
            const emErrs48 = [];
            for (const err227 of vErrors) {
              if (err227.keyword !== "errorMessage" && !err227.emUsed && (err227.instancePath === instancePath + "/promotion/remote" || err227.instancePath.indexOf(instancePath + "/promotion/remote") === 0 && err227.instancePath[instancePath + "/promotion/remote".length] === "/") && err227.schemaPath.indexOf("#/properties/promotion/properties/remote") === 0 && err227.schemaPath["#/properties/promotion/properties/remote".length] === "/") {
                emErrs48.push(err227);
                err227.emUsed = true;
              }
            }
            if (emErrs48.length) {
              const err228 = { instancePath: instancePath + "/promotion/remote", schemaPath: "#/properties/promotion/properties/remote/errorMessage", keyword: "errorMessage", params: { errors: emErrs48 }, message: "must be a remote name like origin" };
              if (vErrors === null) {
                vErrors = [err228];
              } else {
                vErrors.push(err228);
              }
              errors++;
            }
            const emErrs49 = [];
            for (const err229 of vErrors) {
              if (!err229.emUsed) {
                emErrs49.push(err229);
              }
            }
            vErrors = emErrs49;
            errors = emErrs49.length;
          }
        }
        if (data74.environments !== void 0) {
          let data78 = data74.environments;
          if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
            for (const key27 in data78) {
              const _errs189 = errors;
              if (typeof key27 === "string") {
                if (!pattern14.test(key27)) {
                  const err230 = { instancePath: instancePath + "/promotion/environments", schemaPath: "#/properties/promotion/properties/environments/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', propertyName: key27 };
                  if (vErrors === null) {
                    vErrors = [err230];
                  } else {
                    vErrors.push(err230);
                  }
                  errors++;
                }
              } else {
                const err231 = { instancePath: instancePath + "/promotion/environments", schemaPath: "#/properties/promotion/properties/environments/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key27 };
                if (vErrors === null) {
                  vErrors = [err231];
                } else {
                  vErrors.push(err231);
                }
                errors++;
              }
              if (errors > 0) {
                const emErrs50 = [];
                for (const err232 of vErrors) {
                  if (err232.keyword !== "errorMessage" && !err232.emUsed && (err232.instancePath === instancePath + "/promotion/environments" || err232.instancePath.indexOf(instancePath + "/promotion/environments") === 0 && err232.instancePath[instancePath + "/promotion/environments".length] === "/") && err232.schemaPath.indexOf("#/properties/promotion/properties/environments/propertyNames") === 0 && err232.schemaPath["#/properties/promotion/properties/environments/propertyNames".length] === "/") {
                    emErrs50.push(err232);
                    err232.emUsed = true;
                  }
                }
                if (emErrs50.length) {
                  const err233 = { instancePath: instancePath + "/promotion/environments", schemaPath: "#/properties/promotion/properties/environments/propertyNames/errorMessage", keyword: "errorMessage", params: { errors: emErrs50 }, message: 'must be an environment name (lowercase letters, digits, "-")', propertyName: key27 };
                  if (vErrors === null) {
                    vErrors = [err233];
                  } else {
                    vErrors.push(err233);
                  }
                  errors++;
                }
                const emErrs51 = [];
                for (const err234 of vErrors) {
                  if (!err234.emUsed) {
                    emErrs51.push(err234);
                  }
                }
                vErrors = emErrs51;
                errors = emErrs51.length;
              }
              var valid46 = _errs189 === errors;
              if (!valid46) {
                const err235 = { instancePath: instancePath + "/promotion/environments", schemaPath: "#/properties/promotion/properties/environments/propertyNames", keyword: "propertyNames", params: { propertyName: key27 }, message: "property name must be valid" };
                if (vErrors === null) {
                  vErrors = [err235];
                } else {
                  vErrors.push(err235);
                }
                errors++;
              }
            }
            for (const key28 in data78) {
              let data79 = data78[key28];
              if (!(data79 && typeof data79 == "object" && !Array.isArray(data79)) && data79 !== null) {
                const err236 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/promotion/properties/environments/additionalProperties/type", keyword: "type", params: { type: schema16.properties.promotion.properties.environments.additionalProperties.type }, message: "must be object,null" };
                if (vErrors === null) {
                  vErrors = [err236];
                } else {
                  vErrors.push(err236);
                }
                errors++;
              }
              if (data79 && typeof data79 == "object" && !Array.isArray(data79)) {
                for (const key29 in data79) {
                  if (!(key29 === "from" || key29 === "soak" || key29 === "window" || key29 === "follows" || key29 === "application")) {
                    const err237 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/promotion/properties/environments/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key29 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err237];
                    } else {
                      vErrors.push(err237);
                    }
                    errors++;
                  }
                }
                if (data79.from !== void 0) {
                  let data80 = data79.from;
                  if (typeof data80 === "string") {
                    if (!pattern14.test(data80)) {
                      const err238 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/from", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/from/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"' };
                      if (vErrors === null) {
                        vErrors = [err238];
                      } else {
                        vErrors.push(err238);
                      }
                      errors++;
                    }
                  } else {
                    const err239 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/from", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err239];
                    } else {
                      vErrors.push(err239);
                    }
                    errors++;
                  }
                  if (errors > 0) {
                    const emErrs52 = [];
                    for (const err240 of vErrors) {
                      if (err240.keyword !== "errorMessage" && !err240.emUsed && (err240.instancePath === instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/from" || err240.instancePath.indexOf(instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/from") === 0 && err240.instancePath[instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/from".length] === "/") && err240.schemaPath.indexOf("#/properties/promotion/properties/environments/additionalProperties/properties/from") === 0 && err240.schemaPath["#/properties/promotion/properties/environments/additionalProperties/properties/from".length] === "/") {
                        emErrs52.push(err240);
                        err240.emUsed = true;
                      }
                    }
                    if (emErrs52.length) {
                      const err241 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/from", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/from/errorMessage", keyword: "errorMessage", params: { errors: emErrs52 }, message: 'must be an environment name (lowercase letters, digits, "-")' };
                      if (vErrors === null) {
                        vErrors = [err241];
                      } else {
                        vErrors.push(err241);
                      }
                      errors++;
                    }
                    const emErrs53 = [];
                    for (const err242 of vErrors) {
                      if (!err242.emUsed) {
                        emErrs53.push(err242);
                      }
                    }
                    vErrors = emErrs53;
                    errors = emErrs53.length;
                  }
                }
                if (data79.soak !== void 0) {
                  let data81 = data79.soak;
                  if (typeof data81 === "string") {
                    if (func3(data81) < 1) {
                      const err243 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/soak", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/soak/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err243];
                      } else {
                        vErrors.push(err243);
                      }
                      errors++;
                    }
                  } else {
                    const err244 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/soak", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/soak/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err244];
                    } else {
                      vErrors.push(err244);
                    }
                    errors++;
                  }
                }
                if (data79.window !== void 0) {
                  let data82 = data79.window;
                  const _errs200 = errors;
                  let valid49 = false;
                  const _errs201 = errors;
                  if (typeof data82 === "string") {
                    if (func3(data82) < 1) {
                      const err245 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/window", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/window/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err245];
                      } else {
                        vErrors.push(err245);
                      }
                      errors++;
                    }
                  } else {
                    const err246 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/window", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/window/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err246];
                    } else {
                      vErrors.push(err246);
                    }
                    errors++;
                  }
                  var _valid4 = _errs201 === errors;
                  valid49 = valid49 || _valid4;
                  if (!valid49) {
                    const _errs203 = errors;
                    if (Array.isArray(data82)) {
                      if (data82.length < 1) {
                        const err247 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/window", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/window/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                        if (vErrors === null) {
                          vErrors = [err247];
                        } else {
                          vErrors.push(err247);
                        }
                        errors++;
                      }
                      const len8 = data82.length;
                      for (let i8 = 0; i8 < len8; i8++) {
                        let data83 = data82[i8];
                        if (typeof data83 === "string") {
                          if (func3(data83) < 1) {
                            const err248 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/window/" + i8, schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/window/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                            if (vErrors === null) {
                              vErrors = [err248];
                            } else {
                              vErrors.push(err248);
                            }
                            errors++;
                          }
                        } else {
                          const err249 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/window/" + i8, schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/window/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err249];
                          } else {
                            vErrors.push(err249);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err250 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/window", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/window/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                      if (vErrors === null) {
                        vErrors = [err250];
                      } else {
                        vErrors.push(err250);
                      }
                      errors++;
                    }
                    var _valid4 = _errs203 === errors;
                    valid49 = valid49 || _valid4;
                  }
                  if (!valid49) {
                    const err251 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/window", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/window/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    if (vErrors === null) {
                      vErrors = [err251];
                    } else {
                      vErrors.push(err251);
                    }
                    errors++;
                  } else {
                    errors = _errs200;
                    if (vErrors !== null) {
                      if (_errs200) {
                        vErrors.length = _errs200;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  if (errors > 0) {
                    const emErrs54 = [];
                    for (const err252 of vErrors) {
                      if (err252.keyword !== "errorMessage" && !err252.emUsed && (err252.instancePath === instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/window" || err252.instancePath.indexOf(instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/window") === 0 && err252.instancePath[instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/window".length] === "/") && err252.schemaPath.indexOf("#/properties/promotion/properties/environments/additionalProperties/properties/window") === 0 && err252.schemaPath["#/properties/promotion/properties/environments/additionalProperties/properties/window".length] === "/") {
                        emErrs54.push(err252);
                        err252.emUsed = true;
                      }
                    }
                    if (emErrs54.length) {
                      const err253 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/window", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/window/errorMessage", keyword: "errorMessage", params: { errors: emErrs54 }, message: 'must be a window like "Sun 02:00-06:00 UTC" or a list of them' };
                      if (vErrors === null) {
                        vErrors = [err253];
                      } else {
                        vErrors.push(err253);
                      }
                      errors++;
                    }
                    const emErrs55 = [];
                    for (const err254 of vErrors) {
                      if (!err254.emUsed) {
                        emErrs55.push(err254);
                      }
                    }
                    vErrors = emErrs55;
                    errors = emErrs55.length;
                  }
                }
                if (data79.follows !== void 0) {
                  let data84 = data79.follows;
                  if (typeof data84 === "string") {
                    if (!pattern14.test(data84)) {
                      const err255 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/follows", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/follows/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"' };
                      if (vErrors === null) {
                        vErrors = [err255];
                      } else {
                        vErrors.push(err255);
                      }
                      errors++;
                    }
                  } else {
                    const err256 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/follows", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/follows/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err256];
                    } else {
                      vErrors.push(err256);
                    }
                    errors++;
                  }
                  if (errors > 0) {
                    const emErrs56 = [];
                    for (const err257 of vErrors) {
                      if (err257.keyword !== "errorMessage" && !err257.emUsed && (err257.instancePath === instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/follows" || err257.instancePath.indexOf(instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/follows") === 0 && err257.instancePath[instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/follows".length] === "/") && err257.schemaPath.indexOf("#/properties/promotion/properties/environments/additionalProperties/properties/follows") === 0 && err257.schemaPath["#/properties/promotion/properties/environments/additionalProperties/properties/follows".length] === "/") {
                        emErrs56.push(err257);
                        err257.emUsed = true;
                      }
                    }
                    if (emErrs56.length) {
                      const err258 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/follows", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/follows/errorMessage", keyword: "errorMessage", params: { errors: emErrs56 }, message: 'must be an environment name (lowercase letters, digits, "-")' };
                      if (vErrors === null) {
                        vErrors = [err258];
                      } else {
                        vErrors.push(err258);
                      }
                      errors++;
                    }
                    const emErrs57 = [];
                    for (const err259 of vErrors) {
                      if (!err259.emUsed) {
                        emErrs57.push(err259);
                      }
                    }
                    vErrors = emErrs57;
                    errors = emErrs57.length;
                  }
                }
                if (data79.application !== void 0) {
                  let data85 = data79.application;
                  if (typeof data85 === "string") {
                    if (!pattern14.test(data85)) {
                      const err260 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/application", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/application/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"' };
                      if (vErrors === null) {
                        vErrors = [err260];
                      } else {
                        vErrors.push(err260);
                      }
                      errors++;
                    }
                  } else {
                    const err261 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/application", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/application/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err261];
                    } else {
                      vErrors.push(err261);
                    }
                    errors++;
                  }
                  if (errors > 0) {
                    const emErrs58 = [];
                    for (const err262 of vErrors) {
                      if (err262.keyword !== "errorMessage" && !err262.emUsed && (err262.instancePath === instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/application" || err262.instancePath.indexOf(instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/application") === 0 && err262.instancePath[instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/application".length] === "/") && err262.schemaPath.indexOf("#/properties/promotion/properties/environments/additionalProperties/properties/application") === 0 && err262.schemaPath["#/properties/promotion/properties/environments/additionalProperties/properties/application".length] === "/") {
                        emErrs58.push(err262);
                        err262.emUsed = true;
                      }
                    }
                    if (emErrs58.length) {
                      const err263 = { instancePath: instancePath + "/promotion/environments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/application", schemaPath: "#/properties/promotion/properties/environments/additionalProperties/properties/application/errorMessage", keyword: "errorMessage", params: { errors: emErrs58 }, message: 'must be an environment name (lowercase letters, digits, "-")' };
                      if (vErrors === null) {
                        vErrors = [err263];
                      } else {
                        vErrors.push(err263);
                      }
                      errors++;
                    }
                    const emErrs59 = [];
                    for (const err264 of vErrors) {
                      if (!err264.emUsed) {
                        emErrs59.push(err264);
                      }
                    }
                    vErrors = emErrs59;
                    errors = emErrs59.length;
                  }
                }
              }
            }
          } else {
            const err265 = { instancePath: instancePath + "/promotion/environments", schemaPath: "#/properties/promotion/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err265];
            } else {
              vErrors.push(err265);
            }
            errors++;
          }
        }
        if (data74.freeze !== void 0) {
          let data86 = data74.freeze;
          if (Array.isArray(data86)) {
            const len9 = data86.length;
            for (let i9 = 0; i9 < len9; i9++) {
              let data87 = data86[i9];
              if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
                if (data87.from === void 0) {
                  const err266 = { instancePath: instancePath + "/promotion/freeze/" + i9, schemaPath: "#/properties/promotion/properties/freeze/items/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
                  if (vErrors === null) {
                    vErrors = [err266];
                  } else {
                    vErrors.push(err266);
                  }
                  errors++;
                }
                if (data87.to === void 0) {
                  const err267 = { instancePath: instancePath + "/promotion/freeze/" + i9, schemaPath: "#/properties/promotion/properties/freeze/items/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'" };
                  if (vErrors === null) {
                    vErrors = [err267];
                  } else {
                    vErrors.push(err267);
                  }
                  errors++;
                }
                if (data87.reason === void 0) {
                  const err268 = { instancePath: instancePath + "/promotion/freeze/" + i9, schemaPath: "#/properties/promotion/properties/freeze/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
                  if (vErrors === null) {
                    vErrors = [err268];
                  } else {
                    vErrors.push(err268);
                  }
                  errors++;
                }
                for (const key30 in data87) {
                  if (!(key30 === "from" || key30 === "to" || key30 === "reason" || key30 === "environments")) {
                    const err269 = { instancePath: instancePath + "/promotion/freeze/" + i9, schemaPath: "#/properties/promotion/properties/freeze/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err269];
                    } else {
                      vErrors.push(err269);
                    }
                    errors++;
                  }
                }
                if (data87.from !== void 0) {
                  let data88 = data87.from;
                  if (typeof data88 === "string") {
                    if (func3(data88) < 1) {
                      const err270 = { instancePath: instancePath + "/promotion/freeze/" + i9 + "/from", schemaPath: "#/properties/promotion/properties/freeze/items/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err270];
                      } else {
                        vErrors.push(err270);
                      }
                      errors++;
                    }
                  } else {
                    const err271 = { instancePath: instancePath + "/promotion/freeze/" + i9 + "/from", schemaPath: "#/properties/promotion/properties/freeze/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err271];
                    } else {
                      vErrors.push(err271);
                    }
                    errors++;
                  }
                }
                if (data87.to !== void 0) {
                  let data89 = data87.to;
                  if (typeof data89 === "string") {
                    if (func3(data89) < 1) {
                      const err272 = { instancePath: instancePath + "/promotion/freeze/" + i9 + "/to", schemaPath: "#/properties/promotion/properties/freeze/items/properties/to/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err272];
                      } else {
                        vErrors.push(err272);
                      }
                      errors++;
                    }
                  } else {
                    const err273 = { instancePath: instancePath + "/promotion/freeze/" + i9 + "/to", schemaPath: "#/properties/promotion/properties/freeze/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err273];
                    } else {
                      vErrors.push(err273);
                    }
                    errors++;
                  }
                }
                if (data87.reason !== void 0) {
                  let data90 = data87.reason;
                  if (typeof data90 === "string") {
                    if (func3(data90) < 1) {
                      const err274 = { instancePath: instancePath + "/promotion/freeze/" + i9 + "/reason", schemaPath: "#/properties/promotion/properties/freeze/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err274];
                      } else {
                        vErrors.push(err274);
                      }
                      errors++;
                    }
                  } else {
                    const err275 = { instancePath: instancePath + "/promotion/freeze/" + i9 + "/reason", schemaPath: "#/properties/promotion/properties/freeze/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err275];
                    } else {
                      vErrors.push(err275);
                    }
                    errors++;
                  }
                }
                if (data87.environments !== void 0) {
                  let data91 = data87.environments;
                  if (Array.isArray(data91)) {
                    const len10 = data91.length;
                    for (let i10 = 0; i10 < len10; i10++) {
                      let data92 = data91[i10];
                      if (typeof data92 === "string") {
                        if (!pattern14.test(data92)) {
                          const err276 = { instancePath: instancePath + "/promotion/freeze/" + i9 + "/environments/" + i10, schemaPath: "#/properties/promotion/properties/freeze/items/properties/environments/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"' };
                          if (vErrors === null) {
                            vErrors = [err276];
                          } else {
                            vErrors.push(err276);
                          }
                          errors++;
                        }
                      } else {
                        const err277 = { instancePath: instancePath + "/promotion/freeze/" + i9 + "/environments/" + i10, schemaPath: "#/properties/promotion/properties/freeze/items/properties/environments/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err277];
                        } else {
                          vErrors.push(err277);
                        }
                        errors++;
                      }
                      if (errors > 0) {
                        const emErrs60 = [];
                        for (const err278 of vErrors) {
                          if (err278.keyword !== "errorMessage" && !err278.emUsed && (err278.instancePath === instancePath + "/promotion/freeze/" + i9 + "/environments/" + i10 || err278.instancePath.indexOf(instancePath + "/promotion/freeze/" + i9 + "/environments/" + i10) === 0 && err278.instancePath[instancePath + "/promotion/freeze/" + i9 + "/environments/" + i10.length] === "/") && err278.schemaPath.indexOf("#/properties/promotion/properties/freeze/items/properties/environments/items") === 0 && err278.schemaPath["#/properties/promotion/properties/freeze/items/properties/environments/items".length] === "/") {
                            emErrs60.push(err278);
                            err278.emUsed = true;
                          }
                        }
                        if (emErrs60.length) {
                          const err279 = { instancePath: instancePath + "/promotion/freeze/" + i9 + "/environments/" + i10, schemaPath: "#/properties/promotion/properties/freeze/items/properties/environments/items/errorMessage", keyword: "errorMessage", params: { errors: emErrs60 }, message: 'must be an environment name (lowercase letters, digits, "-")' };
                          if (vErrors === null) {
                            vErrors = [err279];
                          } else {
                            vErrors.push(err279);
                          }
                          errors++;
                        }
                        const emErrs61 = [];
                        for (const err280 of vErrors) {
                          if (!err280.emUsed) {
                            emErrs61.push(err280);
                          }
                        }
                        vErrors = emErrs61;
                        errors = emErrs61.length;
                      }
                    }
                  } else {
                    const err281 = { instancePath: instancePath + "/promotion/freeze/" + i9 + "/environments", schemaPath: "#/properties/promotion/properties/freeze/items/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err281];
                    } else {
                      vErrors.push(err281);
                    }
                    errors++;
                  }
                }
              } else {
                const err282 = { instancePath: instancePath + "/promotion/freeze/" + i9, schemaPath: "#/properties/promotion/properties/freeze/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err282];
                } else {
                  vErrors.push(err282);
                }
                errors++;
              }
            }
          } else {
            const err283 = { instancePath: instancePath + "/promotion/freeze", schemaPath: "#/properties/promotion/properties/freeze/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err283];
            } else {
              vErrors.push(err283);
            }
            errors++;
          }
        }
      } else {
        const err284 = { instancePath: instancePath + "/promotion", schemaPath: "#/properties/promotion/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err284];
        } else {
          vErrors.push(err284);
        }
        errors++;
      }
    }
    if (data.failover !== void 0) {
      let data93 = data.failover;
      if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
        if (data93.primary === void 0) {
          const err285 = { instancePath: instancePath + "/failover", schemaPath: "#/properties/failover/required", keyword: "required", params: { missingProperty: "primary" }, message: "must have required property 'primary'" };
          if (vErrors === null) {
            vErrors = [err285];
          } else {
            vErrors.push(err285);
          }
          errors++;
        }
        if (data93.secondary === void 0) {
          const err286 = { instancePath: instancePath + "/failover", schemaPath: "#/properties/failover/required", keyword: "required", params: { missingProperty: "secondary" }, message: "must have required property 'secondary'" };
          if (vErrors === null) {
            vErrors = [err286];
          } else {
            vErrors.push(err286);
          }
          errors++;
        }
        if (data93.components === void 0) {
          const err287 = { instancePath: instancePath + "/failover", schemaPath: "#/properties/failover/required", keyword: "required", params: { missingProperty: "components" }, message: "must have required property 'components'" };
          if (vErrors === null) {
            vErrors = [err287];
          } else {
            vErrors.push(err287);
          }
          errors++;
        }
        if (data93.rto === void 0) {
          const err288 = { instancePath: instancePath + "/failover", schemaPath: "#/properties/failover/required", keyword: "required", params: { missingProperty: "rto" }, message: "must have required property 'rto'" };
          if (vErrors === null) {
            vErrors = [err288];
          } else {
            vErrors.push(err288);
          }
          errors++;
        }
        for (const key31 in data93) {
          if (!(key31 === "primary" || key31 === "secondary" || key31 === "components" || key31 === "rto" || key31 === "rpo")) {
            const err289 = { instancePath: instancePath + "/failover", schemaPath: "#/properties/failover/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key31 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err289];
            } else {
              vErrors.push(err289);
            }
            errors++;
          }
        }
        if (data93.primary !== void 0) {
          let data94 = data93.primary;
          if (data94 && typeof data94 == "object" && !Array.isArray(data94)) {
            if (data94.environment === void 0) {
              const err290 = { instancePath: instancePath + "/failover/primary", schemaPath: "#/properties/failover/properties/primary/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'" };
              if (vErrors === null) {
                vErrors = [err290];
              } else {
                vErrors.push(err290);
              }
              errors++;
            }
            if (data94.region === void 0) {
              const err291 = { instancePath: instancePath + "/failover/primary", schemaPath: "#/properties/failover/properties/primary/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property 'region'" };
              if (vErrors === null) {
                vErrors = [err291];
              } else {
                vErrors.push(err291);
              }
              errors++;
            }
            for (const key32 in data94) {
              if (!(key32 === "environment" || key32 === "region")) {
                const err292 = { instancePath: instancePath + "/failover/primary", schemaPath: "#/properties/failover/properties/primary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key32 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err292];
                } else {
                  vErrors.push(err292);
                }
                errors++;
              }
            }
            if (data94.environment !== void 0) {
              let data95 = data94.environment;
              if (typeof data95 === "string") {
                if (func3(data95) < 1) {
                  const err293 = { instancePath: instancePath + "/failover/primary/environment", schemaPath: "#/properties/failover/properties/primary/properties/environment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err293];
                  } else {
                    vErrors.push(err293);
                  }
                  errors++;
                }
              } else {
                const err294 = { instancePath: instancePath + "/failover/primary/environment", schemaPath: "#/properties/failover/properties/primary/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err294];
                } else {
                  vErrors.push(err294);
                }
                errors++;
              }
            }
            if (data94.region !== void 0) {
              let data96 = data94.region;
              if (typeof data96 === "string") {
                if (!pattern2.test(data96)) {
                  const err295 = { instancePath: instancePath + "/failover/primary/region", schemaPath: "#/properties/failover/properties/primary/properties/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$" }, message: 'must match pattern "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$"' };
                  if (vErrors === null) {
                    vErrors = [err295];
                  } else {
                    vErrors.push(err295);
                  }
                  errors++;
                }
              } else {
                const err296 = { instancePath: instancePath + "/failover/primary/region", schemaPath: "#/properties/failover/properties/primary/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err296];
                } else {
                  vErrors.push(err296);
                }
                errors++;
              }
              if (errors > 0) {
                const emErrs62 = [];
                for (const err297 of vErrors) {
                  if (err297.keyword !== "errorMessage" && !err297.emUsed && (err297.instancePath === instancePath + "/failover/primary/region" || err297.instancePath.indexOf(instancePath + "/failover/primary/region") === 0 && err297.instancePath[instancePath + "/failover/primary/region".length] === "/") && err297.schemaPath.indexOf("#/properties/failover/properties/primary/properties/region") === 0 && err297.schemaPath["#/properties/failover/properties/primary/properties/region".length] === "/") {
                    emErrs62.push(err297);
                    err297.emUsed = true;
                  }
                }
                if (emErrs62.length) {
                  const err298 = { instancePath: instancePath + "/failover/primary/region", schemaPath: "#/properties/failover/properties/primary/properties/region/errorMessage", keyword: "errorMessage", params: { errors: emErrs62 }, message: 'must be an AWS region like "us-west-2"' };
                  if (vErrors === null) {
                    vErrors = [err298];
                  } else {
                    vErrors.push(err298);
                  }
                  errors++;
                }
                const emErrs63 = [];
                for (const err299 of vErrors) {
                  if (!err299.emUsed) {
                    emErrs63.push(err299);
                  }
                }
                vErrors = emErrs63;
                errors = emErrs63.length;
              }
            }
          } else {
            const err300 = { instancePath: instancePath + "/failover/primary", schemaPath: "#/properties/failover/properties/primary/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err300];
            } else {
              vErrors.push(err300);
            }
            errors++;
          }
        }
        if (data93.secondary !== void 0) {
          let data97 = data93.secondary;
          if (data97 && typeof data97 == "object" && !Array.isArray(data97)) {
            if (data97.environment === void 0) {
              const err301 = { instancePath: instancePath + "/failover/secondary", schemaPath: "#/properties/failover/properties/secondary/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'" };
              if (vErrors === null) {
                vErrors = [err301];
              } else {
                vErrors.push(err301);
              }
              errors++;
            }
            if (data97.region === void 0) {
              const err302 = { instancePath: instancePath + "/failover/secondary", schemaPath: "#/properties/failover/properties/secondary/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property 'region'" };
              if (vErrors === null) {
                vErrors = [err302];
              } else {
                vErrors.push(err302);
              }
              errors++;
            }
            for (const key33 in data97) {
              if (!(key33 === "environment" || key33 === "region")) {
                const err303 = { instancePath: instancePath + "/failover/secondary", schemaPath: "#/properties/failover/properties/secondary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key33 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err303];
                } else {
                  vErrors.push(err303);
                }
                errors++;
              }
            }
            if (data97.environment !== void 0) {
              let data98 = data97.environment;
              if (typeof data98 === "string") {
                if (func3(data98) < 1) {
                  const err304 = { instancePath: instancePath + "/failover/secondary/environment", schemaPath: "#/properties/failover/properties/secondary/properties/environment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err304];
                  } else {
                    vErrors.push(err304);
                  }
                  errors++;
                }
              } else {
                const err305 = { instancePath: instancePath + "/failover/secondary/environment", schemaPath: "#/properties/failover/properties/secondary/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err305];
                } else {
                  vErrors.push(err305);
                }
                errors++;
              }
            }
            if (data97.region !== void 0) {
              let data99 = data97.region;
              if (typeof data99 === "string") {
                if (!pattern2.test(data99)) {
                  const err306 = { instancePath: instancePath + "/failover/secondary/region", schemaPath: "#/properties/failover/properties/secondary/properties/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$" }, message: 'must match pattern "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$"' };
                  if (vErrors === null) {
                    vErrors = [err306];
                  } else {
                    vErrors.push(err306);
                  }
                  errors++;
                }
              } else {
                const err307 = { instancePath: instancePath + "/failover/secondary/region", schemaPath: "#/properties/failover/properties/secondary/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err307];
                } else {
                  vErrors.push(err307);
                }
                errors++;
              }
              if (errors > 0) {
                const emErrs64 = [];
                for (const err308 of vErrors) {
                  if (err308.keyword !== "errorMessage" && !err308.emUsed && (err308.instancePath === instancePath + "/failover/secondary/region" || err308.instancePath.indexOf(instancePath + "/failover/secondary/region") === 0 && err308.instancePath[instancePath + "/failover/secondary/region".length] === "/") && err308.schemaPath.indexOf("#/properties/failover/properties/secondary/properties/region") === 0 && err308.schemaPath["#/properties/failover/properties/secondary/properties/region".length] === "/") {
                    emErrs64.push(err308);
                    err308.emUsed = true;
                  }
                }
                if (emErrs64.length) {
                  const err309 = { instancePath: instancePath + "/failover/secondary/region", schemaPath: "#/properties/failover/properties/secondary/properties/region/errorMessage", keyword: "errorMessage", params: { errors: emErrs64 }, message: 'must be an AWS region like "us-west-2"' };
                  if (vErrors === null) {
                    vErrors = [err309];
                  } else {
                    vErrors.push(err309);
                  }
                  errors++;
                }
                const emErrs65 = [];
                for (const err310 of vErrors) {
                  if (!err310.emUsed) {
                    emErrs65.push(err310);
                  }
                }
                vErrors = emErrs65;
                errors = emErrs65.length;
              }
            }
          } else {
            const err311 = { instancePath: instancePath + "/failover/secondary", schemaPath: "#/properties/failover/properties/secondary/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err311];
            } else {
              vErrors.push(err311);
            }
            errors++;
          }
        }
        if (data93.components !== void 0) {
          let data100 = data93.components;
          if (data100 && typeof data100 == "object" && !Array.isArray(data100)) {
            if (data100.standby === void 0) {
              const err312 = { instancePath: instancePath + "/failover/components", schemaPath: "#/properties/failover/properties/components/required", keyword: "required", params: { missingProperty: "standby" }, message: "must have required property 'standby'" };
              if (vErrors === null) {
                vErrors = [err312];
              } else {
                vErrors.push(err312);
              }
              errors++;
            }
            if (data100.active === void 0) {
              const err313 = { instancePath: instancePath + "/failover/components", schemaPath: "#/properties/failover/properties/components/required", keyword: "required", params: { missingProperty: "active" }, message: "must have required property 'active'" };
              if (vErrors === null) {
                vErrors = [err313];
              } else {
                vErrors.push(err313);
              }
              errors++;
            }
            for (const key34 in data100) {
              if (!(key34 === "standby" || key34 === "active")) {
                const err314 = { instancePath: instancePath + "/failover/components", schemaPath: "#/properties/failover/properties/components/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key34 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err314];
                } else {
                  vErrors.push(err314);
                }
                errors++;
              }
            }
            if (data100.standby !== void 0) {
              let data101 = data100.standby;
              if (typeof data101 === "string") {
                if (func3(data101) < 1) {
                  const err315 = { instancePath: instancePath + "/failover/components/standby", schemaPath: "#/properties/failover/properties/components/properties/standby/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err315];
                  } else {
                    vErrors.push(err315);
                  }
                  errors++;
                }
              } else {
                const err316 = { instancePath: instancePath + "/failover/components/standby", schemaPath: "#/properties/failover/properties/components/properties/standby/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err316];
                } else {
                  vErrors.push(err316);
                }
                errors++;
              }
            }
            if (data100.active !== void 0) {
              let data102 = data100.active;
              if (typeof data102 === "string") {
                if (func3(data102) < 1) {
                  const err317 = { instancePath: instancePath + "/failover/components/active", schemaPath: "#/properties/failover/properties/components/properties/active/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err317];
                  } else {
                    vErrors.push(err317);
                  }
                  errors++;
                }
              } else {
                const err318 = { instancePath: instancePath + "/failover/components/active", schemaPath: "#/properties/failover/properties/components/properties/active/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err318];
                } else {
                  vErrors.push(err318);
                }
                errors++;
              }
            }
          } else {
            const err319 = { instancePath: instancePath + "/failover/components", schemaPath: "#/properties/failover/properties/components/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err319];
            } else {
              vErrors.push(err319);
            }
            errors++;
          }
        }
        if (data93.rto !== void 0) {
          let data103 = data93.rto;
          if (typeof data103 === "string") {
            if (!pattern21.test(data103)) {
              const err320 = { instancePath: instancePath + "/failover/rto", schemaPath: "#/properties/failover/properties/rto/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(ms|s|m|h|d))+$" }, message: 'must match pattern "^([0-9]+(ms|s|m|h|d))+$"' };
              if (vErrors === null) {
                vErrors = [err320];
              } else {
                vErrors.push(err320);
              }
              errors++;
            }
          } else {
            const err321 = { instancePath: instancePath + "/failover/rto", schemaPath: "#/properties/failover/properties/rto/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err321];
            } else {
              vErrors.push(err321);
            }
            errors++;
          }
          if (errors > 0) {
            const emErrs66 = [];
            for (const err322 of vErrors) {
              if (err322.keyword !== "errorMessage" && !err322.emUsed && (err322.instancePath === instancePath + "/failover/rto" || err322.instancePath.indexOf(instancePath + "/failover/rto") === 0 && err322.instancePath[instancePath + "/failover/rto".length] === "/") && err322.schemaPath.indexOf("#/properties/failover/properties/rto") === 0 && err322.schemaPath["#/properties/failover/properties/rto".length] === "/") {
                emErrs66.push(err322);
                err322.emUsed = true;
              }
            }
            if (emErrs66.length) {
              const err323 = { instancePath: instancePath + "/failover/rto", schemaPath: "#/properties/failover/properties/rto/errorMessage", keyword: "errorMessage", params: { errors: emErrs66 }, message: 'must be a duration like "1h", "90m" or "1h30m"' };
              if (vErrors === null) {
                vErrors = [err323];
              } else {
                vErrors.push(err323);
              }
              errors++;
            }
            const emErrs67 = [];
            for (const err324 of vErrors) {
              if (!err324.emUsed) {
                emErrs67.push(err324);
              }
            }
            vErrors = emErrs67;
            errors = emErrs67.length;
          }
        }
        if (data93.rpo !== void 0) {
          let data104 = data93.rpo;
          if (typeof data104 === "string") {
            if (!pattern21.test(data104)) {
              const err325 = { instancePath: instancePath + "/failover/rpo", schemaPath: "#/properties/failover/properties/rpo/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(ms|s|m|h|d))+$" }, message: 'must match pattern "^([0-9]+(ms|s|m|h|d))+$"' };
              if (vErrors === null) {
                vErrors = [err325];
              } else {
                vErrors.push(err325);
              }
              errors++;
            }
          } else {
            const err326 = { instancePath: instancePath + "/failover/rpo", schemaPath: "#/properties/failover/properties/rpo/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err326];
            } else {
              vErrors.push(err326);
            }
            errors++;
          }
          if (errors > 0) {
            const emErrs68 = [];
            for (const err327 of vErrors) {
              if (err327.keyword !== "errorMessage" && !err327.emUsed && (err327.instancePath === instancePath + "/failover/rpo" || err327.instancePath.indexOf(instancePath + "/failover/rpo") === 0 && err327.instancePath[instancePath + "/failover/rpo".length] === "/") && err327.schemaPath.indexOf("#/properties/failover/properties/rpo") === 0 && err327.schemaPath["#/properties/failover/properties/rpo".length] === "/") {
                emErrs68.push(err327);
                err327.emUsed = true;
              }
            }
            if (emErrs68.length) {
              const err328 = { instancePath: instancePath + "/failover/rpo", schemaPath: "#/properties/failover/properties/rpo/errorMessage", keyword: "errorMessage", params: { errors: emErrs68 }, message: 'must be a duration like "1h", "90m" or "1h30m"' };
              if (vErrors === null) {
                vErrors = [err328];
              } else {
                vErrors.push(err328);
              }
              errors++;
            }
            const emErrs69 = [];
            for (const err329 of vErrors) {
              if (!err329.emUsed) {
                emErrs69.push(err329);
              }
            }
            vErrors = emErrs69;
            errors = emErrs69.length;
          }
        }
      } else {
        const err330 = { instancePath: instancePath + "/failover", schemaPath: "#/properties/failover/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err330];
        } else {
          vErrors.push(err330);
        }
        errors++;
      }
    }
  } else {
    const err331 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err331];
    } else {
      vErrors.push(err331);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}

// src/config/index.ts
var DEFAULT_KUBERNETES_VERSION = "1.33";
function kubernetesVersionFor(config, environment, override) {
  return minorVersion(
    override ?? config.environments?.[environment]?.kubernetesVersion ?? config.kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION
  );
}
function isProductionEnvironment(config, environment) {
  const explicit = config.environments?.[environment]?.production;
  if (explicit !== void 0) return explicit;
  if (config.plan?.production !== void 0) return config.plan.production.includes(environment);
  return isProductionByName(environment);
}
var CONFIG_FILE_NAMES = ["slipway.yaml", "slipway.yml"];
async function loadConfig(repoRoot, file) {
  const candidates = file ? [isAbsolute(file) ? file : join(repoRoot, file)] : CONFIG_FILE_NAMES.map((name) => join(repoRoot, name));
  for (const candidate of candidates) {
    let text;
    try {
      text = await readFile(candidate, "utf8");
    } catch (error) {
      if (error.code === "ENOENT" && !file) continue;
      throw new ConfigError(`cannot read config: ${error.message}`, displayPath(repoRoot, candidate));
    }
    return { ...parseConfig(text, displayPath(repoRoot, candidate)), file: candidate };
  }
  return {};
}
function parseConfig(text, name = "slipway.yaml") {
  const document = (0, import_yaml.parseDocument)(text, { uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0) {
    const first = document.errors[0];
    const line = first.linePos?.[0]?.line;
    throw new ConfigError(`${first.message.split("\n")[0]}${line ? ` (line ${line})` : ""}`, name);
  }
  const value = documentToJs(document, name) ?? {};
  if (typeof value !== "object" || Array.isArray(value)) throw new ConfigError("must be a mapping of settings", name);
  if (!validate(value)) {
    const errors = (validate.errors ?? []).filter((error) => error.keyword !== "if");
    const messages = errors.map((error) => {
      const key = keyOf(error.instancePath);
      if (error.keyword === "additionalProperties") {
        const extra = error.params.additionalProperty;
        return `unknown key "${key ? `${key}.` : ""}${extra}"`;
      }
      if (error.keyword === "required") {
        const missing = error.params.missingProperty;
        return `${key ? `${key}.` : ""}${missing}: is required`;
      }
      const actual = key ? resolvePointer(value, error.instancePath).value : void 0;
      return `${key || "(root)"}: ${error.message}${actual !== void 0 && typeof actual !== "object" ? ` (got ${JSON.stringify(actual)})` : ""}`;
    });
    throw new ConfigError([...new Set(messages)].join("; "), name);
  }
  const config = value;
  checkFailoverRegions(config, name);
  return config;
}
function checkFailoverRegions(config, name) {
  const problems = [];
  for (const side of ["primary", "secondary"]) {
    const declared = config.failover?.[side];
    const region = declared && config.environments?.[declared.environment]?.region;
    if (declared && region !== void 0 && region !== declared.region)
      problems.push(
        `failover.${side}.region: ${JSON.stringify(declared.region)} disagrees with environments.${declared.environment}.region ${JSON.stringify(region)}`
      );
  }
  if (problems.length > 0) throw new ConfigError(problems.join("; "), name);
}
function keyOf(pointer) {
  return pointerTokens(pointer).reduce(
    (key, part) => /^[0-9]+$/.test(part) ? `${key}[${part}]` : key ? `${key}.${part}` : part,
    ""
  );
}
function displayPath(repoRoot, file) {
  const rel = relative(repoRoot, file);
  return rel.startsWith("..") ? file : rel;
}

// src/kustomize/kustomization.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { randomBytes } from "node:crypto";
import { access, readFile as readFile2, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join as join2 } from "node:path";
var KUSTOMIZATION_FILE_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
async function findKustomizationFile(dir) {
  for (const name of KUSTOMIZATION_FILE_NAMES) {
    try {
      await access(join2(dir, name));
      return name;
    } catch {
    }
  }
  return void 0;
}
var Kustomization = class {
  /**
   * @param path the file (absolute or relative to the working directory); used in errors
   *   and by {@link writeKustomization}.
   * @param text the file's content.
   * @throws {ConfigError} naming the file when the text is not YAML or not a mapping.
   */
  constructor(path2, text) {
    this.path = path2;
    this.#original = text;
    this.#text = text;
    this.#document = parseKustomization(path2, text);
  }
  #text;
  #document;
  #original;
  /** The directory holding the file: paths in the kustomization are relative to it. */
  get dir() {
    return dirname(this.path);
  }
  /** The parsed document — a view: edit through the `src/kustomize` functions, not on it. */
  get document() {
    return this.#document;
  }
  /** True when the text differs from what was read. */
  get edited() {
    return this.#text !== this.#original;
  }
  /**
   * The plain data (`toJS`) of the kustomization; `{}` for an empty file.
   *
   * @throws {YamlLimitError} naming the file when its aliases exceed the budget (an alias bomb).
   */
  toJS() {
    return documentToJs(this.#document, this.path) ?? {};
  }
  /** The file's text: byte-identical to what was read when nothing was edited. */
  toString() {
    return this.#text;
  }
  /**
   * Replaces the text (one edit) and re-parses it. Internal to `src/kustomize`.
   *
   * @throws {ConfigError} when the edit produced invalid YAML — a bug; the text is kept as before.
   */
  replaceText(next) {
    const document = parseKustomization(this.path, next);
    this.#text = next;
    this.#document = document;
  }
};
function parseKustomization(path2, text) {
  const document = (0, import_yaml2.parseDocument)(text, { keepSourceTokens: false, prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    const first = document.errors[0];
    const where = first.linePos ? ` (line ${first.linePos[0].line}, column ${first.linePos[0].col})` : "";
    throw new ConfigError(`invalid YAML${where}: ${first.message.split("\n")[0]}`, path2);
  }
  if (document.contents !== null && !(0, import_yaml2.isMap)(document.contents))
    throw new ConfigError("a kustomization must be a YAML mapping", path2);
  return document;
}
async function readKustomization(path2) {
  let file = path2;
  if ((await stat(path2).catch(() => void 0))?.isDirectory()) {
    const name = await findKustomizationFile(path2);
    if (!name) throw new ConfigError(`no kustomization file (${KUSTOMIZATION_FILE_NAMES.join(", ")}) in ${path2}`, path2);
    file = join2(path2, name);
  }
  let text;
  try {
    text = await readFile2(file, "utf8");
  } catch (error) {
    throw new ConfigError(`cannot read kustomization: ${error.message}`, file);
  }
  return new Kustomization(file, text);
}
async function writeKustomization(k) {
  const temp = join2(k.dir, `.${basename(k.path)}.slipway-${randomBytes(6).toString("hex")}`);
  const mode = (await stat(k.path).catch(() => void 0))?.mode;
  try {
    await writeFile(temp, k.toString(), { flag: "wx", ...mode !== void 0 ? { mode: mode & 4095 } : {} });
    await rename(temp, k.path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new ConfigError(`cannot write kustomization: ${error.message}`, k.path);
  }
}

// src/manifests/secret-redaction.ts
import { createHmac, randomBytes as randomBytes2 } from "node:crypto";
var REDACTED = "<redacted>";
var REDACTED_OLD = "<redacted: old value>";
var REDACTED_NEW = "<redacted: new value>";
var LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
function isSecret(object) {
  return object !== void 0 && object.kind === "Secret" && (object.apiVersion === "v1" || object.apiVersion === void 0);
}
function redactSecretPair(base, head) {
  const before = secretValues(base);
  const after = secretValues(head);
  const keys = { added: [], changed: [], removed: [] };
  for (const key of /* @__PURE__ */ new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(key);
    const b = after.get(key);
    if (a === void 0) keys.added.push(key);
    else if (b === void 0) keys.removed.push(key);
    else if (a !== b) keys.changed.push(key);
  }
  for (const list of [keys.added, keys.changed, keys.removed]) list.splice(0, list.length, ...list.map(displayKey));
  keys.added.sort();
  keys.changed.sort();
  keys.removed.sort();
  const changed = new Set(keys.changed);
  return {
    base: base && redactOne(base, (key) => changed.has(key) ? REDACTED_OLD : REDACTED),
    head: head && redactOne(head, (key) => changed.has(key) ? REDACTED_NEW : REDACTED),
    keys
  };
}
function redactSecret(object) {
  return isSecret(object) ? redactOne(object, () => REDACTED) : object;
}
function redactOne(secret, placeholder) {
  const copy = structuredClone(secret);
  for (const field of ["data", "stringData", "binaryData"]) {
    const values = copy[field];
    if (values && typeof values === "object" && !Array.isArray(values)) {
      const redacted = {};
      for (const key of Object.keys(values)) redacted[displayKey(key)] = placeholder(key);
      copy[field] = redacted;
    } else if (values !== void 0) copy[field] = REDACTED;
  }
  const annotations = copy.metadata?.annotations;
  if (annotations && LAST_APPLIED in annotations) annotations[LAST_APPLIED] = REDACTED;
  return copy;
}
var VALID_KEY = /^[-._a-zA-Z0-9]+$/;
var KEY_LABEL_SECRET = randomBytes2(16);
function displayKey(key) {
  return VALID_KEY.test(key) ? key : `<invalid key name ${createHmac("sha256", KEY_LABEL_SECRET).update(key).digest("hex").slice(0, 8)}>`;
}
function secretValues(secret) {
  const values = /* @__PURE__ */ new Map();
  if (!secret) return values;
  const data = secret.data;
  if (data && typeof data === "object") {
    for (const [key, value] of Object.entries(data)) values.set(key, decodeBase64(String(value)));
  }
  const stringData = secret.stringData;
  if (stringData && typeof stringData === "object") {
    for (const [key, value] of Object.entries(stringData)) values.set(key, String(value));
  }
  return values;
}
function decodeBase64(value) {
  return Buffer.from(value, "base64").toString("utf8");
}
var MIN_SCRUB_LENGTH = 8;
var SECRET_CONTENT_REMOVED = "[secret content removed]";
function sanitizeRenderMessage(message) {
  let out = message;
  out = out.replace(/literal sources \[[\s\S]*?\](?=: |"|$)/g, `literal sources ${SECRET_CONTENT_REMOVED}`);
  out = out.replace(
    /literal sources \[(?!secret content removed\])[^\n]*/g,
    `literal sources ${SECRET_CONTENT_REMOVED}`
  );
  out = out.replace(
    /invalid literal source [\s\S]*?, expected key=value/g,
    `invalid literal source ${SECRET_CONTENT_REMOVED}, expected key=value`
  );
  out = out.replace(
    /((?:file sources|env source files|env sources)\s*:?\s*)\[[^\]\n]*\]/gi,
    `$1${SECRET_CONTENT_REMOVED}`
  );
  out = removeDumps(out);
  return out;
}
var SECRET_FIELD = /(^|[^A-Za-z])(data|stringData|binaryData)\b\s*["']?\s*[:=]/;
function removeDumps(text) {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const isMap4 = text.startsWith("map[", i);
    if (ch === "{" || isMap4) {
      const open = isMap4 ? "[" : "{";
      const close = isMap4 ? "]" : "}";
      const startBody = isMap4 ? i + 4 : i + 1;
      let depth = 1;
      let j = startBody;
      for (; j < text.length && depth > 0; j++) {
        if (text[j] === open) depth++;
        else if (text[j] === close) depth--;
      }
      const block = text.slice(i, j);
      if (SECRET_FIELD.test(block) || /"(data|stringData|binaryData)"/.test(block)) {
        out += SECRET_CONTENT_REMOVED;
        i = j;
        continue;
      }
      out += ch;
      i++;
      continue;
    }
    out += ch;
    i++;
  }
  const lines = out.split("\n");
  const kept = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    const match2 = /^(\s*)(data|stringData|binaryData):/.exec(line);
    if (!match2) {
      kept.push(line);
      continue;
    }
    const indent = match2[1].length;
    kept.push(`${match2[1]}${match2[2]}: ${SECRET_CONTENT_REMOVED}`);
    while (k + 1 < lines.length && /^(\s*)/.exec(lines[k + 1])[1].length > indent && lines[k + 1].trim() !== "")
      k++;
  }
  return kept.join("\n");
}
var SecretScrubber = class {
  needles = /* @__PURE__ */ new Set();
  identifiers = /* @__PURE__ */ new Set();
  sorted;
  /** Remembers the values of every Secret among `objects` (other kinds are ignored). */
  addSecrets(objects) {
    for (const object of objects) {
      if (!isSecret(object)) continue;
      for (const field of ["data", "stringData", "binaryData"]) {
        const values = object[field];
        if (!values || typeof values !== "object") continue;
        for (const raw of Object.values(values)) {
          const text = String(raw);
          this.add(text);
          if (field !== "stringData") this.add(decodeBase64(text));
        }
      }
    }
  }
  /** Remembers one raw value (a secretGenerator literal, the content of a generator file). */
  addValue(value) {
    this.add(value);
  }
  /** Marks identifiers (environment names, paths, kinds, namespaces, names) that must never be rewritten. */
  protect(identifiers) {
    for (const id of identifiers) if (id) this.identifiers.add(id);
    this.sorted = void 0;
  }
  add(value) {
    const variants = [value, JSON.stringify(value).slice(1, -1), Buffer.from(value, "utf8").toString("base64")];
    for (const line of value.split("\n")) variants.push(line.trim());
    for (const variant of variants) if (variant.length >= MIN_SCRUB_LENGTH) this.needles.add(variant);
    this.sorted = void 0;
  }
  /** Number of distinct strings scrubbed. */
  get size() {
    return this.needles.size;
  }
  /** Returns `text` with every known Secret value (not part of a protected identifier) replaced by `***`, longest first. */
  scrub(text) {
    if (this.needles.size === 0) return text;
    this.sorted ??= [...this.needles].filter((needle) => ![...this.identifiers].some((id) => id.includes(needle))).sort((a, b) => b.length - a.length);
    let out = text;
    for (const needle of this.sorted) if (out.includes(needle)) out = out.split(needle).join("***");
    return out;
  }
};

// src/manifests/image-reference.ts
function splitImageReference(reference) {
  let rest = reference;
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const parts = { name: rest };
  if (tag !== void 0) parts.tag = tag;
  if (digest !== void 0) parts.digest = digest;
  return parts;
}
var DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$/;
var TAG = /^[\w][\w.-]{0,127}$/;
var PATH = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
var HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?$/;
function parseImageReference(raw) {
  const value = raw.trim();
  if (value === "" || /\s/.test(value)) return void 0;
  if (DIGEST.test(value) && !value.includes("/")) return { raw, digest: value };
  const parts = splitImageReference(value);
  let rest = parts.name;
  const { tag, digest } = parts;
  if (digest !== void 0 && !DIGEST.test(digest)) return void 0;
  if (tag !== void 0 && !TAG.test(tag)) return void 0;
  if (rest === "") return void 0;
  let registry;
  const firstSlash = rest.indexOf("/");
  if (firstSlash > 0) {
    const first = rest.slice(0, firstSlash);
    if (first.includes(".") || first.includes(":") || first === "localhost") {
      registry = first;
      rest = rest.slice(firstSlash + 1);
    }
  }
  if (!PATH.test(rest) || registry !== void 0 && !HOST.test(registry)) return void 0;
  const reference = { raw, repository: rest };
  if (registry !== void 0) reference.registry = registry;
  if (tag !== void 0) reference.tag = tag;
  if (digest !== void 0) reference.digest = digest;
  return reference;
}

// src/render/index.ts
import { cp, readFile as readFile6, stat as stat6, writeFile as writeFile3 } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname as dirname3, isAbsolute as isAbsolute5, join as join10, relative as relative7, resolve as resolve3 } from "node:path";

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open.length; i++) {
    const at = open[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/brace-expressions.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}", true],
  "[:alpha:]": ["\\p{L}\\p{Nl}", true],
  "[:ascii:]": ["\\x00-\\x7f", false],
  "[:blank:]": ["\\p{Zs}\\t", true],
  "[:cntrl:]": ["\\p{Cc}", true],
  "[:digit:]": ["\\p{Nd}", true],
  "[:graph:]": ["\\p{Z}\\p{C}", true, true],
  "[:lower:]": ["\\p{Ll}", true],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}", true],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f", true],
  "[:upper:]": ["\\p{Lu}", true],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true],
  "[:xdigit:]": ["A-Fa-f0-9", false]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var rangesToString = (ranges) => ranges.join("");
var parseClass = (glob, position) => {
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let uflag = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = glob.charAt(i);
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return ["$.", false, glob.length - pos, true];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          uflag = uflag || u;
          continue WHILE;
        }
      }
    }
    escaping = false;
    if (rangeStart) {
      if (c > rangeStart) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(c));
      } else if (c === rangeStart) {
        ranges.push(braceEscape(c));
      }
      rangeStart = "";
      i++;
      continue;
    }
    if (glob.startsWith("-]", i + 1)) {
      ranges.push(braceEscape(c + "-"));
      i += 2;
      continue;
    }
    if (glob.startsWith("-", i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(braceEscape(c));
    i++;
  }
  if (endPos < i) {
    return ["", false, 0, false];
  }
  if (!ranges.length && !negs.length) {
    return ["$.", false, glob.length - pos, true];
  }
  if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
    return [regexpEscape(r), false, endPos - pos, false];
  }
  const sranges = "[" + (negate ? "^" : "") + rangesToString(ranges) + "]";
  const snegs = "[" + (negate ? "" : "^") + rangesToString(negs) + "]";
  const comb = ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs;
  return [comb, uflag, endPos - pos, true];
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/ast.js
var _a;
var types = /* @__PURE__ */ new Set(["!", "?", "+", "*", "@"]);
var isExtglobType = (c) => types.has(c);
var isExtglobAST = (c) => isExtglobType(c.type);
var adoptionMap = /* @__PURE__ */ new Map([
  ["!", ["@"]],
  ["?", ["?", "@"]],
  ["@", ["@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@"]]
]);
var adoptionWithSpaceMap = /* @__PURE__ */ new Map([
  ["!", ["?"]],
  ["@", ["?"]],
  ["+", ["?", "*"]]
]);
var adoptionAnyMap = /* @__PURE__ */ new Map([
  ["!", ["?", "@"]],
  ["?", ["?", "@"]],
  ["@", ["?", "@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@", "?", "*"]]
]);
var usurpMap = /* @__PURE__ */ new Map([
  ["!", /* @__PURE__ */ new Map([["!", "@"]])],
  [
    "?",
    /* @__PURE__ */ new Map([
      ["*", "*"],
      ["+", "*"]
    ])
  ],
  [
    "@",
    /* @__PURE__ */ new Map([
      ["!", "!"],
      ["?", "?"],
      ["@", "@"],
      ["*", "*"],
      ["+", "+"]
    ])
  ],
  [
    "+",
    /* @__PURE__ */ new Map([
      ["?", "*"],
      ["*", "*"]
    ])
  ]
]);
var startNoTraversal = "(?!(?:^|/)\\.\\.?(?:$|/))";
var startNoDot = "(?!\\.)";
var addPatternStart = /* @__PURE__ */ new Set(["[", "."]);
var justDots = /* @__PURE__ */ new Set(["..", "."]);
var reSpecials = new Set("().*{}+?[]^$\\!");
var regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var qmark = "[^/]";
var star = qmark + "*?";
var starNoEmpty = qmark + "+?";
var ID = 0;
var AST = class {
  type;
  #root;
  #hasMagic;
  #uflag = false;
  #parts = [];
  #parent;
  #parentIndex;
  #negs;
  #filledNegs = false;
  #options;
  #toString;
  // set to true if it's an extglob with no children
  // (which really means one child of '')
  #emptyExt = false;
  id = ++ID;
  get depth() {
    return (this.#parent?.depth ?? -1) + 1;
  }
  [Symbol.for("nodejs.util.inspect.custom")]() {
    return {
      "@@type": "AST",
      id: this.id,
      type: this.type,
      root: this.#root.id,
      parent: this.#parent?.id,
      depth: this.depth,
      partsLength: this.#parts.length,
      parts: this.#parts
    };
  }
  constructor(type, parent, options = {}) {
    this.type = type;
    if (type)
      this.#hasMagic = true;
    this.#parent = parent;
    this.#root = this.#parent ? this.#parent.#root : this;
    this.#options = this.#root === this ? options : this.#root.#options;
    this.#negs = this.#root === this ? [] : this.#root.#negs;
    if (type === "!" && !this.#root.#filledNegs)
      this.#negs.push(this);
    this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
  }
  get hasMagic() {
    if (this.#hasMagic !== void 0)
      return this.#hasMagic;
    for (const p of this.#parts) {
      if (typeof p === "string")
        continue;
      if (p.type || p.hasMagic)
        return this.#hasMagic = true;
    }
    return this.#hasMagic;
  }
  // reconstructs the pattern
  toString() {
    return this.#toString !== void 0 ? this.#toString : !this.type ? this.#toString = this.#parts.map((p) => String(p)).join("") : this.#toString = this.type + "(" + this.#parts.map((p) => String(p)).join("|") + ")";
  }
  #fillNegs() {
    if (this !== this.#root)
      throw new Error("should only call on root");
    if (this.#filledNegs)
      return this;
    this.toString();
    this.#filledNegs = true;
    let n;
    while (n = this.#negs.pop()) {
      if (n.type !== "!")
        continue;
      let p = n;
      let pp = p.#parent;
      while (pp) {
        for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
          for (const part of n.#parts) {
            if (typeof part === "string") {
              throw new Error("string part in extglob AST??");
            }
            part.copyIn(pp.#parts[i]);
          }
        }
        p = pp;
        pp = p.#parent;
      }
    }
    return this;
  }
  push(...parts) {
    for (const p of parts) {
      if (p === "")
        continue;
      if (typeof p !== "string" && !(p instanceof _a && p.#parent === this)) {
        throw new Error("invalid part: " + p);
      }
      this.#parts.push(p);
    }
  }
  toJSON() {
    const ret = this.type === null ? this.#parts.slice().map((p) => typeof p === "string" ? p : p.toJSON()) : [this.type, ...this.#parts.map((p) => p.toJSON())];
    if (this.isStart() && !this.type)
      ret.unshift([]);
    if (this.isEnd() && (this === this.#root || this.#root.#filledNegs && this.#parent?.type === "!")) {
      ret.push({});
    }
    return ret;
  }
  isStart() {
    if (this.#root === this)
      return true;
    if (!this.#parent?.isStart())
      return false;
    if (this.#parentIndex === 0)
      return true;
    const p = this.#parent;
    for (let i = 0; i < this.#parentIndex; i++) {
      const pp = p.#parts[i];
      if (!(pp instanceof _a && pp.type === "!")) {
        return false;
      }
    }
    return true;
  }
  isEnd() {
    if (this.#root === this)
      return true;
    if (this.#parent?.type === "!")
      return true;
    if (!this.#parent?.isEnd())
      return false;
    if (!this.type)
      return this.#parent?.isEnd();
    const pl = this.#parent ? this.#parent.#parts.length : 0;
    return this.#parentIndex === pl - 1;
  }
  copyIn(part) {
    if (typeof part === "string")
      this.push(part);
    else
      this.push(part.clone(this));
  }
  clone(parent) {
    const c = new _a(this.type, parent);
    for (const p of this.#parts) {
      c.copyIn(p);
    }
    return c;
  }
  static #parseAST(str, ast, pos, opt, extDepth) {
    const maxDepth = opt.maxExtglobRecursion ?? 2;
    let escaping = false;
    let inBrace = false;
    let braceStart = -1;
    let braceNeg = false;
    if (ast.type === null) {
      let i2 = pos;
      let acc2 = "";
      while (i2 < str.length) {
        const c = str.charAt(i2++);
        if (escaping || c === "\\") {
          escaping = !escaping;
          acc2 += c;
          continue;
        }
        if (inBrace) {
          if (i2 === braceStart + 1) {
            if (c === "^" || c === "!") {
              braceNeg = true;
            }
          } else if (c === "]" && !(i2 === braceStart + 2 && braceNeg)) {
            inBrace = false;
          }
          acc2 += c;
          continue;
        } else if (c === "[") {
          inBrace = true;
          braceStart = i2;
          braceNeg = false;
          acc2 += c;
          continue;
        }
        const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i2) === "(" && extDepth <= maxDepth;
        if (doRecurse) {
          ast.push(acc2);
          acc2 = "";
          const ext2 = new _a(c, ast);
          i2 = _a.#parseAST(str, ext2, i2, opt, extDepth + 1);
          ast.push(ext2);
          continue;
        }
        acc2 += c;
      }
      ast.push(acc2);
      return i2;
    }
    let i = pos + 1;
    let part = new _a(null, ast);
    const parts = [];
    let acc = "";
    while (i < str.length) {
      const c = str.charAt(i++);
      if (escaping || c === "\\") {
        escaping = !escaping;
        acc += c;
        continue;
      }
      if (inBrace) {
        if (i === braceStart + 1) {
          if (c === "^" || c === "!") {
            braceNeg = true;
          }
        } else if (c === "]" && !(i === braceStart + 2 && braceNeg)) {
          inBrace = false;
        }
        acc += c;
        continue;
      } else if (c === "[") {
        inBrace = true;
        braceStart = i;
        braceNeg = false;
        acc += c;
        continue;
      }
      const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i) === "(" && /* c8 ignore start - the maxDepth is sufficient here */
      (extDepth <= maxDepth || ast && ast.#canAdoptType(c));
      if (doRecurse) {
        const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
        part.push(acc);
        acc = "";
        const ext2 = new _a(c, part);
        part.push(ext2);
        i = _a.#parseAST(str, ext2, i, opt, extDepth + depthAdd);
        continue;
      }
      if (c === "|") {
        part.push(acc);
        acc = "";
        parts.push(part);
        part = new _a(null, ast);
        continue;
      }
      if (c === ")") {
        if (acc === "" && ast.#parts.length === 0) {
          ast.#emptyExt = true;
        }
        part.push(acc);
        acc = "";
        ast.push(...parts, part);
        return i;
      }
      acc += c;
    }
    ast.type = null;
    ast.#hasMagic = void 0;
    ast.#parts = [str.substring(pos - 1)];
    return i;
  }
  #canAdoptWithSpace(child) {
    return this.#canAdopt(child, adoptionWithSpaceMap);
  }
  #canAdopt(child, map = adoptionMap) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canAdoptType(gc.type, map);
  }
  #canAdoptType(c, map = adoptionAnyMap) {
    return !!map.get(this.type)?.includes(c);
  }
  #adoptWithSpace(child, index) {
    const gc = child.#parts[0];
    const blank = new _a(null, gc, this.options);
    blank.#parts.push("");
    gc.push(blank);
    this.#adopt(child, index);
  }
  #adopt(child, index) {
    const gc = child.#parts[0];
    this.#parts.splice(index, 1, ...gc.#parts);
    for (const p of gc.#parts) {
      if (typeof p === "object")
        p.#parent = this;
    }
    this.#toString = void 0;
  }
  #canUsurpType(c) {
    const m = usurpMap.get(this.type);
    return !!m?.has(c);
  }
  #canUsurp(child) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null || this.#parts.length !== 1) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canUsurpType(gc.type);
  }
  #usurp(child) {
    const m = usurpMap.get(this.type);
    const gc = child.#parts[0];
    const nt = m?.get(gc.type);
    if (!nt)
      return false;
    this.#parts = gc.#parts;
    for (const p of this.#parts) {
      if (typeof p === "object") {
        p.#parent = this;
      }
    }
    this.type = nt;
    this.#toString = void 0;
    this.#emptyExt = false;
  }
  static fromGlob(pattern, options = {}) {
    const ast = new _a(null, void 0, options);
    _a.#parseAST(pattern, ast, 0, options, 0);
    return ast;
  }
  // returns the regular expression if there's magic, or the unescaped
  // string if not.
  toMMPattern() {
    if (this !== this.#root)
      return this.#root.toMMPattern();
    const glob = this.toString();
    const [re, body, hasMagic, uflag] = this.toRegExpSource();
    const anyMagic = hasMagic || this.#hasMagic || this.#options.nocase && !this.#options.nocaseMagicOnly && glob.toUpperCase() !== glob.toLowerCase();
    if (!anyMagic) {
      return body;
    }
    const flags = (this.#options.nocase ? "i" : "") + (uflag ? "u" : "");
    return Object.assign(new RegExp(`^${re}$`, flags), {
      _src: re,
      _glob: glob
    });
  }
  get options() {
    return this.#options;
  }
  // returns the string match, the regexp source, whether there's magic
  // in the regexp (so a regular expression is required) and whether or
  // not the uflag is needed for the regular expression (for posix classes)
  // TODO: instead of injecting the start/end at this point, just return
  // the BODY of the regexp, along with the start/end portions suitable
  // for binding the start/end in either a joined full-path makeRe context
  // (where we bind to (^|/), or a standalone matchPart context (where
  // we bind to ^, and not /).  Otherwise slashes get duped!
  //
  // In part-matching mode, the start is:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: ^(?!\.\.?$)
  // - if dots allowed or not possible: ^
  // - if dots possible and not allowed: ^(?!\.)
  // end is:
  // - if not isEnd(): nothing
  // - else: $
  //
  // In full-path matching mode, we put the slash at the START of the
  // pattern, so start is:
  // - if first pattern: same as part-matching mode
  // - if not isStart(): nothing
  // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
  // - if dots allowed or not possible: /
  // - if dots possible and not allowed: /(?!\.)
  // end is:
  // - if last pattern, same as part-matching mode
  // - else nothing
  //
  // Always put the (?:$|/) on negated tails, though, because that has to be
  // there to bind the end of the negated pattern portion, and it's easier to
  // just stick it in now rather than try to inject it later in the middle of
  // the pattern.
  //
  // We can just always return the same end, and leave it up to the caller
  // to know whether it's going to be used joined or in parts.
  // And, if the start is adjusted slightly, can do the same there:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
  // - if dots allowed or not possible: (?:/|^)
  // - if dots possible and not allowed: (?:/|^)(?!\.)
  //
  // But it's better to have a simpler binding without a conditional, for
  // performance, so probably better to return both start options.
  //
  // Then the caller just ignores the end if it's not the first pattern,
  // and the start always gets applied.
  //
  // But that's always going to be $ if it's the ending pattern, or nothing,
  // so the caller can just attach $ at the end of the pattern when building.
  //
  // So the todo is:
  // - better detect what kind of start is needed
  // - return both flavors of starting pattern
  // - attach $ at the end of the pattern when creating the actual RegExp
  //
  // Ah, but wait, no, that all only applies to the root when the first pattern
  // is not an extglob. If the first pattern IS an extglob, then we need all
  // that dot prevention biz to live in the extglob portions, because eg
  // +(*|.x*) can match .xy but not .yx.
  //
  // So, return the two flavors if it's #root and the first child is not an
  // AST, otherwise leave it to the child AST to handle it, and there,
  // use the (?:^|/) style of start binding.
  //
  // Even simplified further:
  // - Since the start for a join is eg /(?!\.) and the start for a part
  // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
  // or start or whatever) and prepend ^ or / at the Regexp construction.
  toRegExpSource(allowDot) {
    const dot = allowDot ?? !!this.#options.dot;
    if (this.#root === this) {
      this.#flatten();
      this.#fillNegs();
    }
    if (!isExtglobAST(this)) {
      const noEmpty = this.isStart() && this.isEnd() && !this.#parts.some((s) => typeof s !== "string");
      const src = this.#parts.map((p) => {
        const [re, _, hasMagic, uflag] = typeof p === "string" ? _a.#parseGlob(p, this.#hasMagic, noEmpty) : p.toRegExpSource(allowDot);
        this.#hasMagic = this.#hasMagic || hasMagic;
        this.#uflag = this.#uflag || uflag;
        return re;
      }).join("");
      let start2 = "";
      if (this.isStart()) {
        if (typeof this.#parts[0] === "string") {
          const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
          if (!dotTravAllowed) {
            const aps = addPatternStart;
            const needNoTrav = (
              // dots are allowed, and the pattern starts with [ or .
              dot && aps.has(src.charAt(0)) || // the pattern starts with \., and then [ or .
              src.startsWith("\\.") && aps.has(src.charAt(2)) || // the pattern starts with \.\., and then [ or .
              src.startsWith("\\.\\.") && aps.has(src.charAt(4))
            );
            const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
            start2 = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : "";
          }
        }
      }
      let end = "";
      if (this.isEnd() && this.#root.#filledNegs && this.#parent?.type === "!") {
        end = "(?:$|\\/)";
      }
      const final2 = start2 + src + end;
      return [
        final2,
        unescape(src),
        this.#hasMagic = !!this.#hasMagic,
        this.#uflag
      ];
    }
    const repeated = this.type === "*" || this.type === "+";
    const start = this.type === "!" ? "(?:(?!(?:" : "(?:";
    let body = this.#partsToRegExp(dot);
    if (this.isStart() && this.isEnd() && !body && this.type !== "!") {
      const s = this.toString();
      const me = this;
      me.#parts = [s];
      me.type = null;
      me.#hasMagic = void 0;
      return [s, unescape(this.toString()), false, false];
    }
    let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ? "" : this.#partsToRegExp(true);
    if (bodyDotAllowed === body) {
      bodyDotAllowed = "";
    }
    if (bodyDotAllowed) {
      body = `(?:${body})(?:${bodyDotAllowed})*?`;
    }
    let final = "";
    if (this.type === "!" && this.#emptyExt) {
      final = (this.isStart() && !dot ? startNoDot : "") + starNoEmpty;
    } else {
      const close = this.type === "!" ? (
        // !() must match something,but !(x) can match ''
        "))" + (this.isStart() && !dot && !allowDot ? startNoDot : "") + star + ")"
      ) : this.type === "@" ? ")" : this.type === "?" ? ")?" : this.type === "+" && bodyDotAllowed ? ")" : this.type === "*" && bodyDotAllowed ? `)?` : `)${this.type}`;
      final = start + body + close;
    }
    return [
      final,
      unescape(body),
      this.#hasMagic = !!this.#hasMagic,
      this.#uflag
    ];
  }
  #flatten() {
    if (!isExtglobAST(this)) {
      for (const p of this.#parts) {
        if (typeof p === "object") {
          p.#flatten();
        }
      }
    } else {
      let iterations = 0;
      let done = false;
      do {
        done = true;
        for (let i = 0; i < this.#parts.length; i++) {
          const c = this.#parts[i];
          if (typeof c === "object") {
            c.#flatten();
            if (this.#canAdopt(c)) {
              done = false;
              this.#adopt(c, i);
            } else if (this.#canAdoptWithSpace(c)) {
              done = false;
              this.#adoptWithSpace(c, i);
            } else if (this.#canUsurp(c)) {
              done = false;
              this.#usurp(c);
            }
          }
        }
      } while (!done && ++iterations < 10);
    }
    this.#toString = void 0;
  }
  #partsToRegExp(dot) {
    return this.#parts.map((p) => {
      if (typeof p === "string") {
        throw new Error("string type in extglob ast??");
      }
      const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
      this.#uflag = this.#uflag || uflag;
      return re;
    }).filter((p) => !(this.isStart() && this.isEnd()) || !!p).join("|");
  }
  static #parseGlob(glob, hasMagic, noEmpty = false) {
    let escaping = false;
    let re = "";
    let uflag = false;
    let inStar = false;
    for (let i = 0; i < glob.length; i++) {
      const c = glob.charAt(i);
      if (escaping) {
        escaping = false;
        re += (reSpecials.has(c) ? "\\" : "") + c;
        continue;
      }
      if (c === "*") {
        if (inStar)
          continue;
        inStar = true;
        re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
        hasMagic = true;
        continue;
      } else {
        inStar = false;
      }
      if (c === "\\") {
        if (i === glob.length - 1) {
          re += "\\\\";
        } else {
          escaping = true;
        }
        continue;
      }
      if (c === "[") {
        const [src, needUflag, consumed, magic] = parseClass(glob, i);
        if (consumed) {
          re += src;
          uflag = uflag || needUflag;
          i += consumed - 1;
          hasMagic = hasMagic || magic;
          continue;
        }
      }
      if (c === "?") {
        re += qmark;
        hasMagic = true;
        continue;
      }
      re += regExpEscape(c);
    }
    return [re, unescape(glob), !!hasMagic, uflag];
  }
};
_a = AST;

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&");
  }
  return windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
};

// node_modules/minimatch/dist/esm/index.js
var minimatch = (p, pattern, options = {}) => {
  assertValidPattern(pattern);
  if (!options.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return new Minimatch(pattern, options).match(p);
};
var starDotExtRE = /^\*+([^+@!?*[(]*)$/;
var starDotExtTest = (ext2) => (f) => !f.startsWith(".") && f.endsWith(ext2);
var starDotExtTestDot = (ext2) => (f) => f.endsWith(ext2);
var starDotExtTestNocase = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => !f.startsWith(".") && f.toLowerCase().endsWith(ext2);
};
var starDotExtTestNocaseDot = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => f.toLowerCase().endsWith(ext2);
};
var starDotStarRE = /^\*+\.\*+$/;
var starDotStarTest = (f) => !f.startsWith(".") && f.includes(".");
var starDotStarTestDot = (f) => f !== "." && f !== ".." && f.includes(".");
var dotStarRE = /^\.\*+$/;
var dotStarTest = (f) => f !== "." && f !== ".." && f.startsWith(".");
var starRE = /^\*+$/;
var starTest = (f) => f.length !== 0 && !f.startsWith(".");
var starTestDot = (f) => f.length !== 0 && f !== "." && f !== "..";
var qmarksRE = /^\?+([^+@!?*[(]*)?$/;
var qmarksTestNocase = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestNocaseDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTest = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTestNoExt = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && !f.startsWith(".");
};
var qmarksTestNoExtDot = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && f !== "." && f !== "..";
};
var defaultPlatform = typeof process === "object" && process ? typeof process.env === "object" && process.env && process.env.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var qmark2 = "[^/]";
var star2 = qmark2 + "*?";
var twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
var twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
var filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    AST: class AST extends orig.AST {
      /* c8 ignore start */
      constructor(type, parent, options = {}) {
        super(type, parent, ext(def, options));
      }
      /* c8 ignore stop */
      static fromGlob(pattern, options = {}) {
        return orig.AST.fromGlob(pattern, ext(def, options));
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
var match = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var regExpEscape2 = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  regexp;
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    const awe = "allowWindowsEscape";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[awe] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.regexp = null;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.make();
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  debug(..._) {
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.braceExpand())];
    if (options.debug) {
      this.debug = (...args) => console.error(...args);
    }
    this.debug(this.pattern, this.globSet);
    const rawGlobParts = this.globSet.map((s) => this.slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.debug(this.pattern, this.globParts);
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && !globMagic.test(s[3]);
        const isDrive = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, 4),
            ...s.slice(4).map((ss) => this.parse(ss))
          ];
        } else if (isDrive) {
          return [s[0], ...s.slice(1).map((ss) => this.parse(ss))];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.debug(this.pattern, set);
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && typeof p[3] === "string" && /^[a-z]:$/i.test(p[3])) {
          p[2] = "?";
        }
      }
    }
    this.debug(this.pattern, this.set);
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  levelTwoFileOptimize(parts) {
    if (!Array.isArray(parts)) {
      parts = this.slashSplit(parts);
    }
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      let dd = 0;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**" && !(this.isWindows && /^[a-z]:$/i.test(p))) {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd -= 2;
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        let dd = 0;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd -= 2;
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
  //
  // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
  // ^-- not valid because ** doens't follow symlinks
  secondPhasePreProcess(globParts) {
    for (let i = 0; i < globParts.length - 1; i++) {
      for (let j = i + 1; j < globParts.length; j++) {
        const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
        if (matched) {
          globParts[i] = [];
          globParts[j] = matched;
          break;
        }
      }
    }
    return globParts.filter((gs) => gs.length);
  }
  partsMatch(a, b, emptyGSMatch = false) {
    let ai = 0;
    let bi = 0;
    let result = [];
    let which = "";
    while (ai < a.length && bi < b.length) {
      if (a[ai] === b[bi]) {
        result.push(which === "b" ? b[bi] : a[ai]);
        ai++;
        bi++;
      } else if (emptyGSMatch && a[ai] === "**" && b[bi] === a[ai + 1]) {
        result.push(a[ai]);
        ai++;
      } else if (emptyGSMatch && b[bi] === "**" && a[ai] === b[bi + 1]) {
        result.push(b[bi]);
        bi++;
      } else if (a[ai] === "*" && b[bi] && (this.options.dot || !b[bi].startsWith(".")) && b[bi] !== "**") {
        if (which === "b")
          return false;
        which = "a";
        result.push(a[ai]);
        ai++;
        bi++;
      } else if (b[bi] === "*" && a[ai] && (this.options.dot || !a[ai].startsWith(".")) && a[ai] !== "**") {
        if (which === "a")
          return false;
        which = "b";
        result.push(b[bi]);
        ai++;
        bi++;
      } else {
        return false;
      }
    }
    return a.length === b.length && result;
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // set partial to true to test if, for example,
  // "/a/b" matches the start of "/*/b/*/d"
  // Partial means, if you run out of file before you run
  // out of pattern, then that's fine, as long as all
  // the parts match.
  matchOne(file, pattern, partial = false) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          pattern[pdi] = fd;
          patternStartIndex = pdi;
          fileStartIndex = fdi;
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      file = this.levelTwoFileOptimize(file);
    }
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const [head, body, tail] = partial ? [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1),
      []
    ] : [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1, lastgs),
      pattern.slice(lastgs + 1)
    ];
    if (head.length) {
      const fileHead = file.slice(fileIndex, fileIndex + head.length);
      if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i2 = fileIndex; i2 < file.length - fileTailMatch; i2++) {
        const f = String(file[i2]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    const bodySegments = [[[], 0]];
    let currentBody = bodySegments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        currentBody = [[], 0];
        bodySegments.push(currentBody);
      } else {
        currentBody[0].push(b);
        nonGsParts++;
      }
    }
    let i = bodySegments.length - 1;
    const fileLength = file.length - fileTailMatch;
    for (const b of bodySegments) {
      b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
    }
    return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      for (let i = fileIndex; i < file.length; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, after] = bs;
    while (fileIndex <= after) {
      const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
        if (sub !== false) {
          return sub;
        }
      }
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      this.debug("matchOne loop");
      let p = pattern[pi];
      let f = file[fi];
      this.debug(pattern, p, f);
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      let hit;
      if (typeof p === "string") {
        hit = f === p;
        this.debug("string match", p, f, hit);
      } else {
        hit = p.test(f);
        this.debug("pattern match", p, f, hit);
      }
      if (!hit)
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    let m;
    let fastTest = null;
    if (m = pattern.match(starRE)) {
      fastTest = options.dot ? starTestDot : starTest;
    } else if (m = pattern.match(starDotExtRE)) {
      fastTest = (options.nocase ? options.dot ? starDotExtTestNocaseDot : starDotExtTestNocase : options.dot ? starDotExtTestDot : starDotExtTest)(m[1]);
    } else if (m = pattern.match(qmarksRE)) {
      fastTest = (options.nocase ? options.dot ? qmarksTestNocaseDot : qmarksTestNocase : options.dot ? qmarksTestDot : qmarksTest)(m);
    } else if (m = pattern.match(starDotStarRE)) {
      fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
    } else if (m = pattern.match(dotStarRE)) {
      fastTest = dotStarTest;
    }
    const re = AST.fromGlob(pattern, this.options).toMMPattern();
    if (fastTest && typeof re === "object") {
      Reflect.defineProperty(re, "test", { value: fastTest });
    }
    return re;
  }
  makeRe() {
    if (this.regexp || this.regexp === false)
      return this.regexp;
    const set = this.set;
    if (!set.length) {
      this.regexp = false;
      return this.regexp;
    }
    const options = this.options;
    const twoStar = options.noglobstar ? star2 : options.dot ? twoStarDot : twoStarNoDot;
    const flags = new Set(options.nocase ? ["i"] : []);
    let re = set.map((pattern) => {
      const pp = pattern.map((p) => {
        if (p instanceof RegExp) {
          for (const f of p.flags.split(""))
            flags.add(f);
        }
        return typeof p === "string" ? regExpEscape2(p) : p === GLOBSTAR ? GLOBSTAR : p._src;
      });
      pp.forEach((p, i) => {
        const next = pp[i + 1];
        const prev = pp[i - 1];
        if (p !== GLOBSTAR || prev === GLOBSTAR) {
          return;
        }
        if (prev === void 0) {
          if (next !== void 0 && next !== GLOBSTAR) {
            pp[i + 1] = "(?:\\/|" + twoStar + "\\/)?" + next;
          } else {
            pp[i] = twoStar;
          }
        } else if (next === void 0) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + ")?";
        } else if (next !== GLOBSTAR) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + "\\/)" + next;
          pp[i + 1] = GLOBSTAR;
        }
      });
      const filtered = pp.filter((p) => p !== GLOBSTAR);
      if (this.partial && filtered.length >= 1) {
        const prefixes = [];
        for (let i = 1; i <= filtered.length; i++) {
          prefixes.push(filtered.slice(0, i).join("/"));
        }
        return "(?:" + prefixes.join("|") + ")";
      }
      return filtered.join("/");
    }).join("|");
    const [open, close] = set.length > 1 ? ["(?:", ")"] : ["", ""];
    re = "^" + open + re + close + "$";
    if (this.partial) {
      re = "^(?:\\/|" + open + re.slice(1, -1) + close + ")$";
    }
    if (this.negate)
      re = "^(?!" + re + ").+$";
    try {
      this.regexp = new RegExp(re, [...flags].join(""));
    } catch {
      this.regexp = false;
    }
    return this.regexp;
  }
  slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    this.debug("match", f, this.pattern);
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    if (this.isWindows) {
      f = f.split("\\").join("/");
    }
    const ff = this.slashSplit(f);
    this.debug(this.pattern, "split", ff);
    const set = this.set;
    this.debug(this.pattern, "set", set);
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (const pattern of set) {
      let file = ff;
      if (options.matchBase && pattern.length === 1) {
        file = [filename];
      }
      const hit = this.matchOne(file, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/render/argocd.ts
import { readFile as readFile4 } from "node:fs/promises";
import { join as join4 } from "node:path";

// src/render/files.ts
import { readFile as readFile3, readdir, stat as stat2 } from "node:fs/promises";
import { join as join3, relative as relative2, sep as sep2 } from "node:path";
var SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", "dist", ".slipway-cache"]);
async function listFiles(root, dir = root, filter2 = () => true) {
  const out = [];
  const walk = async (current) => {
    let entries;
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join3(current, entry.name);
      if (entry.isDirectory()) {
        if (SKIPPED_DIRS.has(entry.name) || entry.name.startsWith(".") && entry.name !== ".github") continue;
        await walk(full);
      } else if (entry.isFile() && filter2(entry.name)) {
        out.push(toPosix(relative2(root, full)));
      }
    }
  };
  await walk(dir);
  return out.sort();
}
function toPosix(path2) {
  return sep2 === "/" ? path2 : path2.split(sep2).join("/");
}
function isManifestFile(name) {
  return /\.(ya?ml|json)$/i.test(name);
}
var MAX_INPUT_FILE_BYTES = 32 * 1024 * 1024;
async function readInputFile(path2, display, encoding = "utf8") {
  checkInputSize((await stat2(path2)).size, display);
  return encoding === null ? readFile3(path2) : readFile3(path2, "utf8");
}
function checkInputSize(size, display) {
  if (size > MAX_INPUT_FILE_BYTES)
    throw new RenderError(
      `${size.toLocaleString("en-US")} bytes, more than the ${MAX_INPUT_FILE_BYTES.toLocaleString("en-US")} allowed for one input file`,
      display
    );
}

// src/render/argocd.ts
async function discoverApplications(repoRoot, options = {}) {
  const roots = options.paths?.length ? options.paths : ["."];
  const files = /* @__PURE__ */ new Set();
  for (const root of roots)
    for (const file of await listFiles(repoRoot, join4(repoRoot, root), isManifestFile)) files.add(file);
  const applications = [];
  const projects = [];
  const definitions = [];
  for (const file of [...files].sort()) {
    const text = await readFile4(join4(repoRoot, file), "utf8");
    if (!text.includes("argoproj.io")) continue;
    const parsed = parseYamlStream(text, file);
    const refused = parsed.errors.find((error) => error.limit);
    if (refused) throw new ConfigError(`line ${refused.line}: ${refused.message}`, file);
    for (const resource of parsed.resources) {
      const { apiVersion, kind } = resource.object;
      if (typeof apiVersion !== "string" || !apiVersion.startsWith("argoproj.io/")) continue;
      if (kind === "Application" || kind === "ApplicationSet" || kind === "AppProject") definitions.push(resource);
      if (kind === "Application") applications.push(fromApplication(resource.object, file, options));
      else if (kind === "ApplicationSet")
        applications.push(...await expandApplicationSet(repoRoot, resource.object, file, options));
      else if (kind === "AppProject") projects.push({ object: resource.object, file });
    }
  }
  return { applications, projects, definitions };
}
function fromApplication(object, file, options, applicationSet) {
  const spec = object.spec ?? {};
  const sources = Array.isArray(spec.sources) ? spec.sources : spec.source ? [spec.source] : [];
  const source = sources.find((candidate) => typeof candidate.path === "string") ?? sources[0] ?? {};
  const destination = spec.destination ?? {};
  const info = {
    name: String(object.metadata?.name ?? ""),
    namespace: object.metadata?.namespace,
    project: String(spec.project ?? "default"),
    destination: { server: destination.server, name: destination.name, namespace: destination.namespace },
    repoURL: typeof source.repoURL === "string" ? source.repoURL : void 0,
    targetRevision: typeof source.targetRevision === "string" ? source.targetRevision : void 0,
    file,
    syncPolicy: spec.syncPolicy
  };
  if (applicationSet) info.applicationSet = applicationSet;
  const app = { info, object };
  if (typeof source.chart === "string")
    app.skipReason = `Helm chart source "${source.chart}" is not rendered from this repository`;
  else if (typeof source.path !== "string") app.skipReason = "source has no path";
  else if (info.repoURL && options.repoURLs?.length && !options.repoURLs.some((url) => sameRepo(url, info.repoURL)))
    app.skipReason = `source repoURL ${info.repoURL} is not this repository`;
  if (typeof source.path === "string") app.path = normalizeAppPath(source.path);
  if (source.kustomize && typeof source.kustomize === "object") app.kustomize = source.kustomize;
  if (source.directory && typeof source.directory === "object")
    app.directory = source.directory;
  return app;
}
function normalizeAppPath(path2) {
  const trimmed = path2.replace(/^\.\/+/, "").replace(/\/+$/, "");
  return trimmed === "" ? "." : trimmed;
}
function sameRepo(a, b) {
  const norm = (url) => url.trim().toLowerCase().replace(/\.git$/, "").replace(/\/$/, "");
  return norm(a) === norm(b);
}
async function expandApplicationSet(repoRoot, appSet, file, options) {
  const name = String(appSet.metadata?.name ?? "");
  const spec = appSet.spec ?? {};
  const goTemplate = spec.goTemplate === true;
  const template = spec.template;
  if (!template) throw new ConfigError(`ApplicationSet ${name}: spec.template is missing`, file);
  const generators = Array.isArray(spec.generators) ? spec.generators : [];
  const out = [];
  for (const [index, generator] of generators.entries()) {
    const where = `ApplicationSet ${name} spec.generators[${index}]`;
    const paramSets = await generate(repoRoot, generator, goTemplate, where, file);
    if (paramSets === void 0) continue;
    for (const params of paramSets) {
      const rendered = renderTemplate(template, params, goTemplate, where, file);
      const application = { apiVersion: "argoproj.io/v1alpha1", kind: "Application", ...rendered };
      application.metadata = {
        ...rendered.metadata ?? {},
        namespace: rendered.metadata?.namespace ?? appSet.metadata?.namespace
      };
      out.push(fromApplication(application, file, options, name));
    }
  }
  return out;
}
async function generate(repoRoot, generator, goTemplate, where, file) {
  if (generator.list) {
    const list = generator.list;
    const elements = list.elements ?? (list.elementsYaml ? loadYaml(list.elementsYaml, file) : []);
    return elements.map((element) => goTemplate ? element : flatten(element));
  }
  if (generator.git) {
    const git = generator.git;
    const prefix = git.pathParamPrefix ? `${git.pathParamPrefix}.` : "";
    if (git.directories) {
      const all = await listDirectories(repoRoot);
      const include = git.directories.filter((entry) => !entry.exclude).map((entry) => entry.path);
      const exclude = git.directories.filter((entry) => entry.exclude).map((entry) => entry.path);
      const matched = all.filter(
        (dir) => include.some((glob) => minimatch(dir, glob)) && !exclude.some((glob) => minimatch(dir, glob))
      );
      return matched.map((dir) => pathParams(dir, goTemplate, prefix));
    }
    if (git.files) {
      const all = await listFiles(repoRoot);
      const out = [];
      for (const entry of git.files) {
        for (const match2 of all.filter((candidate) => minimatch(candidate, entry.path))) {
          const content = loadYaml(await readFile4(join4(repoRoot, match2), "utf8"), match2);
          const items = Array.isArray(content) ? content : [content];
          for (const item of items) {
            const base = pathParams(match2.split("/").slice(0, -1).join("/") || ".", goTemplate, prefix);
            const params = goTemplate ? { ...item, ...base } : { ...flatten(item), ...base };
            if (goTemplate)
              params.path = {
                ...params.path,
                filename: match2.split("/").pop(),
                filenameNormalized: normalizeName(match2.split("/").pop() ?? "")
              };
            else
              Object.assign(params, {
                [`${prefix}path.filename`]: match2.split("/").pop(),
                [`${prefix}path.filenameNormalized`]: normalizeName(match2.split("/").pop() ?? "")
              });
            out.push(params);
          }
        }
      }
      return out;
    }
    throw new ConfigError(`${where}: git generator needs directories or files`, file);
  }
  if (generator.matrix) {
    const children = generator.matrix.generators ?? [];
    if (children.length !== 2) throw new ConfigError(`${where}: a matrix generator needs exactly two generators`, file);
    const left = await generate(repoRoot, children[0], goTemplate, `${where}.matrix[0]`, file);
    const right = await generate(repoRoot, children[1], goTemplate, `${where}.matrix[1]`, file);
    if (!left || !right) return void 0;
    return left.flatMap((a) => right.map((b) => ({ ...a, ...b })));
  }
  return void 0;
}
function pathParams(dir, goTemplate, prefix) {
  const segments = dir.split("/");
  const basename3 = segments[segments.length - 1] ?? dir;
  if (goTemplate) return { path: { path: dir, basename: basename3, basenameNormalized: normalizeName(basename3), segments } };
  const params = {
    [`${prefix}path`]: dir,
    [`${prefix}path.basename`]: basename3,
    [`${prefix}path.basenameNormalized`]: normalizeName(basename3)
  };
  segments.forEach((segment, i) => params[`${prefix}path[${i}]`] = segment);
  return params;
}
function normalizeName(name) {
  return name.toLowerCase().replace(/[^a-z0-9-.]+/g, "-").replace(/^[-.]+|[-.]+$/g, "").slice(0, 63);
}
function flatten(value, prefix = "", out = {}) {
  for (const [key, inner] of Object.entries(value ?? {})) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (inner !== null && typeof inner === "object" && !Array.isArray(inner)) flatten(inner, name, out);
    else out[name] = inner;
  }
  return out;
}
async function listDirectories(repoRoot) {
  const dirs = /* @__PURE__ */ new Set();
  for (const file of await listFiles(repoRoot)) {
    const parts = file.split("/");
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join("/"));
  }
  return [...dirs].sort();
}
function renderTemplate(value, params, goTemplate, where, file) {
  if (typeof value === "string") return goTemplate ? renderGo(value, params, where, file) : renderFast(value, params);
  if (Array.isArray(value)) return value.map((item) => renderTemplate(item, params, goTemplate, where, file));
  if (value !== null && typeof value === "object") {
    const out = {};
    for (const [key, inner] of Object.entries(value))
      out[renderTemplate(key, params, goTemplate, where, file)] = renderTemplate(
        inner,
        params,
        goTemplate,
        where,
        file
      );
    return out;
  }
  return value;
}
function renderFast(text, params) {
  return text.replace(/\{\{([^{}]*)\}\}/g, (whole, raw) => {
    const key = raw.trim();
    return key in params ? String(params[key]) : whole;
  });
}
function renderGo(text, params, where, file) {
  return text.replace(/\{\{-?\s*(.*?)\s*-?\}\}/g, (_whole, expression) => {
    const [head, ...pipes] = expression.split("|").map((part) => part.trim());
    let value = evaluateGo(head ?? "", params);
    for (const pipe of pipes) {
      const fallback = /^default\s+"([^"]*)"$/.exec(pipe);
      if (fallback && (value === void 0 || value === "")) value = fallback[1];
      else if (pipe === "lower") value = String(value ?? "").toLowerCase();
      else if (pipe === "upper") value = String(value ?? "").toUpperCase();
      else if (!fallback)
        throw new ConfigError(`${where}: unsupported Go template function in "{{ ${expression} }}"`, file);
    }
    if (value === void 0)
      throw new ConfigError(`${where}: template parameter "${head}" is not set (in "{{ ${expression} }}")`, file);
    return typeof value === "object" ? JSON.stringify(value) : String(value);
  });
}
function evaluateGo(expression, params) {
  const index = /^index\s+(\.[\w.]+)\s+(\d+)$/.exec(expression);
  if (index) {
    const list = lookupPath(params, index[1]);
    return Array.isArray(list) ? list[Number(index[2])] : void 0;
  }
  const quoted = /^"([^"]*)"$/.exec(expression);
  if (quoted) return quoted[1];
  if (expression.startsWith(".")) return lookupPath(params, expression);
  return void 0;
}
function lookupPath(params, dotted) {
  let current = params;
  for (const part of dotted.slice(1).split(".").filter(Boolean)) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[part];
  }
  return current;
}
async function mergeArgocdSourceFiles(repoRoot, app) {
  if (app.path === void 0) return;
  for (const name of [".argocd-source.yaml", `.argocd-source-${app.info.name}.yaml`]) {
    const file = join4(repoRoot, app.path, name);
    let text;
    try {
      text = await readFile4(file, "utf8");
    } catch (error) {
      if (error.code === "ENOENT") continue;
      throw error;
    }
    const display = join4(app.path, name);
    let patch;
    try {
      patch = loadYaml(text);
    } catch (error) {
      throw new ConfigError(`not valid YAML: ${error.message}`, display);
    }
    if (patch === null || patch === void 0) continue;
    if (typeof patch !== "object" || Array.isArray(patch))
      throw new ConfigError("expected a mapping of source fields (kustomize:, directory:, \u2026)", display);
    const merged = mergePatch({ kustomize: app.kustomize, directory: app.directory }, patch);
    if (merged.kustomize && typeof merged.kustomize === "object") app.kustomize = merged.kustomize;
    else delete app.kustomize;
    if (merged.directory && typeof merged.directory === "object") app.directory = merged.directory;
    else delete app.directory;
  }
}
function mergePatch(target, patch) {
  if (typeof patch !== "object" || patch === null || Array.isArray(patch)) return patch;
  const out = typeof target === "object" && target !== null && !Array.isArray(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

// src/render/kustomize.ts
import { constants } from "node:fs";
import { access as access2, stat as stat4 } from "node:fs/promises";
import { delimiter, join as join7, relative as relative5 } from "node:path";

// src/kustomize/graph.ts
import { realpath, stat as stat3 } from "node:fs/promises";
import { basename as basename2, dirname as dirname2, isAbsolute as isAbsolute3, join as join5, normalize, relative as relative3, sep as sep3 } from "node:path";

// src/kustomize/remote.ts
import { isAbsolute as isAbsolute2, posix } from "node:path";
var BASE_KEYS = /* @__PURE__ */ new Set(["resources", "bases", "components", "generators", "transformers", "validators"]);
var FILE_FIRST_KEYS = /* @__PURE__ */ new Set(["resources", "bases", "generators", "transformers", "validators"]);
function remoteKind(key, value, localFile = false) {
  if (/^https?:/i.test(value)) return "http";
  if (!BASE_KEYS.has(key) || localFile && FILE_FIRST_KEYS.has(key)) return void 0;
  if (/^oci:\/\//i.test(value)) return "oci";
  if (/^gh:/i.test(value) || isGitRemoteBase(value)) return "git";
  return void 0;
}
function isGitRemoteBase(value) {
  if (isAbsolute2(value) || value.startsWith("/")) return false;
  let rest = value.split("?")[0];
  rest = rest.replace(/^git::/i, "");
  const scheme = /^(ssh|https|http|file):\/\//i.exec(rest)?.[0].toLowerCase() ?? "";
  if (scheme === "file://") return false;
  rest = rest.slice(scheme.length);
  const username = /^[a-zA-Z][a-zA-Z0-9-]*@/.exec(rest)?.[0] ?? "";
  rest = rest.slice(username.length);
  const github = /^github\.com[/:]/i.test(rest);
  const scpLike = scheme === "" && (username !== "" || github);
  if (scheme === "" && !scpLike) return false;
  let separator = rest.indexOf("/");
  if (scpLike) {
    const colon = rest.indexOf(":");
    if (separator === -1 || colon > 0 && colon < separator) separator = colon;
  }
  const host = separator >= 0 ? rest.slice(0, separator + 1) : rest;
  const path2 = separator >= 0 ? rest.slice(separator + 1) : "";
  if (host === "") return false;
  const split = splitRepoPath(path2);
  if (!split || split.repo === "") return false;
  const root = posix.normalize(split.root.replace(/^\//, ""));
  return root.split("/")[0] !== "..";
}
function splitRepoPath(path2) {
  const azure = path2.indexOf("_git/");
  if (azure >= 0) {
    const [repo = "", ...root] = path2.slice(azure + "_git/".length).split("/");
    return { repo: path2.slice(0, azure + "_git/".length) + repo, root: root.join("/") };
  }
  const double = path2.indexOf("//");
  if (double >= 0) return { repo: path2.slice(0, double), root: path2.slice(double + 2) };
  const suffix = path2.indexOf(".git");
  if (suffix >= 0) return { repo: path2.slice(0, suffix + ".git".length), root: path2.slice(suffix + ".git".length) };
  const segments = path2.split("/");
  if (segments.length < 2) return void 0;
  return { repo: segments.slice(0, 2).join("/"), root: segments.slice(2).join("/") };
}

// src/kustomize/graph.ts
function isInside(boundary, path2) {
  if (!boundary) return true;
  const rel = relative3(boundary, path2);
  return rel === "" || !rel.startsWith("..") && !rel.startsWith(sep3) && !/^[a-zA-Z]:/.test(rel);
}
var strings = (value) => Array.isArray(value) ? value.filter((v) => typeof v === "string") : typeof value === "string" ? [value] : [];
var pathsOf = (value) => Array.isArray(value) ? value.map((v) => v && typeof v === "object" ? v.path : void 0).filter((p) => typeof p === "string") : [];
async function* walkKustomization(dir, options = {}, seen = /* @__PURE__ */ new Set()) {
  if (seen.has(dir)) return;
  seen.add(dir);
  const name = await findKustomizationFile(dir);
  if (!name) throw new ConfigError(`no kustomization in ${dir}`, dir);
  const file = join5(dir, name);
  const k = (await readKustomization(file)).toJS();
  options.onKustomization?.(file, k);
  const reference = async (key, value, walk) => {
    const path2 = normalize(join5(dir, value));
    const info = await stat3(path2).catch(() => void 0);
    const remote = remoteKind(key, value, info?.isFile() === true);
    if (remote) return { from: file, key, value, kind: "remote", remote, outside: true };
    const outside = !isInside(options.boundary, path2);
    const kind = !info ? "missing" : info.isDirectory() ? walk ? "kustomization" : "directory" : "file";
    return { from: file, key, value, kind, path: path2, outside };
  };
  const follow = async function* (ref) {
    yield ref;
    if (ref.kind === "kustomization" && !ref.outside) yield* walkKustomization(ref.path, options, seen);
  };
  for (const key of ["resources", "bases", "components", "crds"])
    for (const value of strings(k[key])) yield* follow(await reference(key, value, true));
  for (const key of ["patches", "patchesJson6902", "replacements"])
    for (const value of pathsOf(k[key])) yield await reference(`${key}[].path`, value, false);
  for (const key of ["patchesStrategicMerge", "generators", "transformers", "validators", "configurations"]) {
    for (const value of strings(k[key])) if (!value.includes("\n")) yield* follow(await reference(key, value, true));
  }
  const openapi = k.openapi;
  if (typeof openapi?.path === "string") yield await reference("openapi.path", openapi.path, false);
  for (const key of ["configMapGenerator", "secretGenerator"]) {
    const generators = Array.isArray(k[key]) ? k[key] : [];
    for (const generator of generators) {
      if (!generator || typeof generator !== "object") continue;
      for (const entry of strings(generator.files))
        yield await reference(
          `${key}[].files`,
          entry.includes("=") ? entry.slice(entry.indexOf("=") + 1) : entry,
          false
        );
      for (const entry of strings(generator.envs)) yield await reference(`${key}[].envs`, entry, false);
      for (const entry of strings(generator.env)) yield await reference(`${key}[].env`, entry, false);
    }
  }
  if (Array.isArray(k.helmCharts) && k.helmCharts.length > 0) {
    const home = k.helmGlobals?.chartHome;
    yield await reference("helmGlobals.chartHome", typeof home === "string" ? home : "charts", false);
    for (const chart of k.helmCharts) {
      if (typeof chart?.valuesFile === "string")
        yield await reference("helmCharts[].valuesFile", chart.valuesFile, false);
      for (const extra of strings(chart?.additionalValuesFiles))
        yield await reference("helmCharts[].additionalValuesFiles", extra, false);
    }
  }
}
function emptyGraph() {
  return { files: /* @__PURE__ */ new Set(), dirs: /* @__PURE__ */ new Set(), complete: true, secretLiterals: [], secretFiles: /* @__PURE__ */ new Set() };
}
function literalValue(literal) {
  const value = literal.includes("=") ? literal.slice(literal.indexOf("=") + 1) : literal;
  return value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0]) ? value.slice(1, -1) : value;
}
async function addKustomizationToGraph(repoRoot, dir, graph, extra = []) {
  const seen = /* @__PURE__ */ new Set();
  const onKustomization = (file, data) => {
    graph.files.add(toRepo(repoRoot, file));
    const generators = Array.isArray(data.secretGenerator) ? data.secretGenerator : [];
    for (const generator of generators)
      if (generator && typeof generator === "object")
        for (const literal of strings(generator.literals)) graph.secretLiterals.push(literalValue(literal));
  };
  const add = (ref) => {
    if (ref.kind === "remote" || !ref.path) return;
    const rel = toRepo(repoRoot, ref.path);
    if (ref.kind === "directory" || ref.key === "helmGlobals.chartHome") graph.dirs.add(rel);
    else if (ref.kind !== "kustomization") graph.files.add(rel);
    if (ref.key.startsWith("secretGenerator[]")) graph.secretFiles.add(rel);
  };
  for await (const ref of walkKustomization(dir, { onKustomization }, seen)) add(ref);
  for (const component of extra) {
    if (remoteKind("components", component)) continue;
    const path2 = normalize(join5(dir, component));
    const info = await stat3(path2).catch(() => void 0);
    if (info?.isDirectory()) for await (const ref of walkKustomization(path2, { onKustomization }, seen)) add(ref);
    else graph.files.add(toRepo(repoRoot, path2));
  }
  await addResolvedPaths(repoRoot, graph);
}
async function addResolvedPaths(repoRoot, graph) {
  const root = await realpath(repoRoot).catch(() => repoRoot);
  const resolveRel = async (rel) => {
    let existing = join5(repoRoot, rel);
    const rest = [];
    for (; ; ) {
      const real = await realpath(existing).catch(() => void 0);
      if (real !== void 0) {
        const full = join5(real, ...rest);
        const inside = relative3(root, full);
        return inside.startsWith("..") || isAbsolute3(inside) ? void 0 : (inside === "" ? "." : inside).split(sep3).join("/");
      }
      if (dirname2(existing) === existing) return void 0;
      rest.unshift(basename2(existing));
      existing = dirname2(existing);
    }
  };
  for (const set of [graph.files, graph.dirs, graph.secretFiles]) {
    for (const rel of [...set]) {
      const resolved = await resolveRel(rel);
      if (resolved !== void 0) set.add(resolved);
    }
  }
}
function toRepo(repoRoot, full) {
  const rel = relative3(repoRoot, full);
  if (rel.startsWith("..")) throw new Error(`${full} is outside the repository`);
  return (rel === "" ? "." : rel).split(sep3).join("/");
}

// src/render/kustomize-errors.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { readFile as readFile5 } from "node:fs/promises";
import { join as join6, relative as relative4, resolve } from "node:path";
function stripKlogPrefix(stderr) {
  const lines = stderr.split("\n").filter((line) => !/^# Warning: /.test(line));
  const text = lines.join("\n").trim();
  const quoted = /^[EWIF]\d{4} [\d:.]+\s+\d+ [\w.-]+:\d+\] "command failed" err="((?:[^"\\]|\\.)*)"/m.exec(text);
  if (quoted?.[1] !== void 0) return unquoteGo(quoted[1]);
  const block = /^[EWIF]\d{4} [\d:.]+\s+\d+ [\w.-]+:\d+\] "command failed" err=<\n([\s\S]*?)\n\s*>\s*$/m.exec(text);
  if (block?.[1] !== void 0)
    return block[1].split("\n").map((line) => line.replace(/^\t/, "")).join("\n");
  return text.replace(/^[EWIF]\d{4} [\d:.]+\s+\d+ [\w.-]+:\d+\] /gm, "").replace(/^Error: /, "");
}
function unquoteGo(text) {
  return text.replace(/\\(["\\nt])/g, (_, ch) => ch === "n" ? "\n" : ch === "t" ? "	" : ch);
}
function redactKustomizeMessage(message) {
  let out = message;
  out = out.replace(
    /line \[[\d ]*\] has invalid utf8 bytes : [^\n]*/g,
    `a line has invalid UTF-8 bytes: ${SECRET_CONTENT_REMOVED}`
  );
  out = out.replace(
    /illegally repeats the key `([^`\n]*)`/g,
    (whole, key) => /^[-._a-zA-Z0-9]+$/.test(key) ? whole : `illegally repeats a key that is not a valid key name (${SECRET_CONTENT_REMOVED})`
  );
  out = out.replace(/cannot unmarshal (!!\w+) `[^`\n]*`/g, `cannot unmarshal $1 ${SECRET_CONTENT_REMOVED}`);
  return sanitizeRenderMessage(out);
}
async function explainKustomizeFailure(stderr, context) {
  const toRepo2 = (path2) => context.copyRoot && isUnder(context.copyRoot, path2) ? join6(context.repoRoot, relative4(context.copyRoot, path2)) : path2;
  const display = (path2) => {
    const inRepo = toRepo2(path2);
    const rel = toPosix(relative4(context.repoRoot, inRepo));
    return rel === "" ? "." : rel;
  };
  const kustomizationOf = async (dir2) => {
    const name = await findKustomizationFile(dir2);
    return name ? join6(dir2, name) : dir2;
  };
  let rest = stripKlogPrefix(stderr);
  let dir = context.buildDir;
  let file;
  let message;
  let entryText;
  let fieldName;
  for (let guard = 0; guard < 100; guard++) {
    rest = rest.replace(/^(?:accumulating (?:resources|components): |accumulateDirectory: |")+/, "");
    const accumulation = /^accumulation err='accumulating resources from '([^']*)': /.exec(rest);
    if (accumulation) {
      const entry = accumulation[1];
      const after = rest.slice(accumulation[0].length);
      const merging = /^'[^']*' must resolve to a file': recursed merging from path '[^']*': /.exec(after);
      if (merging) {
        file = await kustomizationOf(dir);
        message = `resources entry '${entry}': ${after.slice(merging[0].length)}`;
        entryText = entry;
        break;
      }
      const directory = /^'[^']*' must resolve to a file': (?:recursed accumulation of path|couldn't make target for path) '([^']*)': /.exec(
        after
      );
      if (directory) {
        dir = directory[1];
        rest = after.slice(directory[0].length);
        continue;
      }
      const cut = after.indexOf("': must build at directory: ");
      const fileError = cut >= 0 ? after.slice(0, cut) : after;
      if (/^evalsymlink failure on /.test(fileError)) {
        file = await kustomizationOf(dir);
        message = `resources entry '${entry}' does not exist`;
        entryText = entry;
        break;
      }
      file = resolve(dir, entry);
      rest = fileError;
      break;
    }
    const other = /^accumulation err='((?:accumulating|merging) resources from '([^']*)': [\s\S]*?)': must build at directory: /.exec(
      rest
    );
    if (other) {
      file = resolve(dir, other[2]);
      rest = other[1];
      break;
    }
    const resource = /^accumulating resources from '([^']*)': /.exec(rest);
    if (resource) {
      file = resolve(dir, resource[1]);
      rest = rest.slice(resource[0].length);
      break;
    }
    const descend = /^(?:recursed accumulation of path|couldn't make target for path) '([^']*)': /.exec(rest);
    if (descend) {
      dir = descend[1];
      rest = rest.slice(descend[0].length);
      continue;
    }
    if (rest.startsWith("invalid Kustomization: ")) {
      file = await kustomizationOf(dir);
      const unknown = /json: unknown field "([^"]*)"/.exec(rest);
      if (unknown) fieldName = unknown[1];
      break;
    }
    const builtin = /^trouble configuring builtin (\w+) with config: `[\s\S]*?`: /.exec(rest);
    if (builtin) {
      const plugin = builtin[1];
      const cause = rest.slice(builtin[0].length);
      const missing = /^failed to get the patch file from path\(([^)]*)\): evalsymlink failure/.exec(cause);
      const unparsable = /unable to parse SM or JSON patch from \[path: "([^"]*)"\]/.exec(cause);
      if (missing) {
        file = await kustomizationOf(dir);
        message = `${plugin}: patch file '${missing[1]}' does not exist`;
        entryText = missing[1];
      } else if (unparsable) {
        file = resolve(dir, unparsable[1]);
        message = `${plugin}: not a strategic-merge patch or a JSON 6902 patch`;
      } else rest = `${plugin}: ${cause}`;
      break;
    }
    const component = /expected kind 'Component' for path '([^']*)' but got '(\w+)'/.exec(rest);
    if (component) {
      file = await kustomizationOf(dir);
      message = `components entry '${display(component[1])}' is a ${component[2]}, not a Component`;
      entryText = toPosix(relative4(dir, component[1]));
      break;
    }
    break;
  }
  const inFile = /\s+in File: (\S+)$/m.exec(rest);
  if (inFile) {
    file = resolve(dir, inFile[1]);
    rest = rest.replace(inFile[0], "");
  }
  file ??= await kustomizationOf(dir);
  const documentLine = /(?:^|\W)yaml: line (\d+):/.exec(rest);
  const line = documentLine ? await fileLine(toRepo2(file), Number(documentLine[1])) : entryText ? await entryLine(toRepo2(file), entryText) : fieldName ? await lineMatching(toRepo2(file), new RegExp(`^${escapeRegExp(fieldName)}\\s*:`)) : void 0;
  if (documentLine && line) rest = rest.replace(/(?:MalformedYAMLError: )?yaml: line \d+: /, "invalid YAML: ");
  const text = (message ?? rest).replace(
    /evalsymlink failure on '([^']*)' : lstat [^:]*: no such file or directory/g,
    (_, path2) => `'${display(path2)}': no such file or directory`
  ).replace(
    new RegExp(
      `(?:${[context.copyRoot, context.repoRoot].filter(Boolean).map((root) => escapeRegExp(`${root}`)).join("|")})/[^\\s'"\`,)\\]]*`,
      "g"
    ),
    (path2) => display(path2)
  );
  return { message: redactKustomizeMessage(text.trim()), file: toRepo2(file), ...line ? { line } : {} };
}
async function fileLine(file, documentLine) {
  const text = await readFile5(file, "utf8").catch(() => void 0);
  if (text === void 0) return documentLine;
  const lines = text.split("\n");
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && !/^---(?:\s.*)?$/.test(lines[i])) continue;
    const body = lines.slice(start, i).join("\n");
    if ((0, import_yaml3.parseDocument)(body).errors.length > 0) return start + documentLine;
    start = i + 1;
  }
  return documentLine;
}
async function entryLine(file, entry) {
  return lineMatching(file, new RegExp(`(?:^|[\\s\\[,:=-])["']?${escapeRegExp(entry)}["']?\\s*(?:$|[,\\]#])`));
}
async function lineMatching(file, pattern) {
  const text = await readFile5(file, "utf8").catch(() => void 0);
  if (text === void 0) return void 0;
  const index = text.split("\n").findIndex((line) => pattern.test(line));
  return index >= 0 ? index + 1 : void 0;
}
function isUnder(root, path2) {
  const rel = relative4(root, path2);
  return rel === "" || !rel.startsWith("..") && !rel.startsWith("/");
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/render/kustomize.ts
async function resolveKustomize(explicit = process.env.KUSTOMIZE) {
  const chosen = explicit?.trim();
  if (chosen) {
    const parts = chosen.split(/\s+/);
    const program = parts[0];
    if (parts.length > 1 && parts[1] === "kustomize") return { program, args: ["kustomize"], display: chosen };
    return { program, args: ["build"], display: program };
  }
  if (await onPath("kustomize")) return { program: "kustomize", args: ["build"], display: "kustomize" };
  if (await onPath("kubectl")) return { program: "kubectl", args: ["kustomize"], display: "kubectl kustomize" };
  throw new ExecError(
    "neither kustomize nor kubectl is on PATH; install one, or pass --kustomize PATH",
    "kustomize",
    null,
    ""
  );
}
var MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
async function kustomizeBuild(command, dir, options = {}) {
  const args = [...command.args, dir, "--load-restrictor", "LoadRestrictionsRootOnly"];
  if (options.enableHelm) args.push("--enable-helm");
  const timeoutMs = options.timeoutMs ?? 6e4;
  const repoRoot = options.repoRoot ?? dir;
  const display = (file) => {
    const rel = toPosix(relative5(repoRoot, file));
    return rel === "" ? "." : rel.startsWith("..") ? toPosix(file) : rel;
  };
  const running = tryExecFile(command.program, args, { timeoutMs, maxBuffer: MAX_OUTPUT_BYTES });
  options.onStarted?.();
  const result = await running.catch(async (error) => {
    if (!(error instanceof ExecError) || !(error.timedOut || /printed more than/.test(error.message))) throw error;
    const inRepo = options.copyRoot ? join7(repoRoot, relative5(options.copyRoot, dir)) : dir;
    throw new RenderError(
      error.timedOut ? await timeoutMessage(command, dir, display(inRepo), options) : `${command.display} build printed more than ${MAX_OUTPUT_BYTES} bytes`,
      display(join7(inRepo, "kustomization.yaml"))
    );
  });
  if (result.exitCode === 0) return result.stdout;
  const failure = await explainKustomizeFailure(result.stderr || result.stdout, {
    buildDir: dir,
    repoRoot,
    copyRoot: options.copyRoot
  });
  throw new RenderError(
    failure.message || `${command.display} build failed (exit ${result.exitCode})`,
    failure.file ? display(failure.file) : void 0,
    failure.line
  );
}
async function timeoutMessage(command, dir, shown, options) {
  const seconds = (options.timeoutMs ?? 6e4) / 1e3;
  const what = options.environment ? `environment ${options.environment} (${shown})` : shown;
  let size = "";
  try {
    let kustomizations = 1;
    let files = 0;
    let bytes = 0;
    for await (const ref of walkKustomization(dir)) {
      if (ref.kind === "kustomization") kustomizations++;
      else if (ref.kind === "file" && ref.path) {
        files++;
        bytes += (await stat4(ref.path)).size;
      }
    }
    size = `; it reads ${files} files (${(bytes / 1024).toFixed(0)} KiB) through ${kustomizations} kustomizations`;
  } catch {
  }
  return `${command.display} build of ${what} timed out after ${seconds} s${size}. Raise render.timeoutSeconds in slipway.yaml (now ${seconds}) or split the overlay`;
}
async function onPath(program) {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    try {
      await access2(join7(dir, program), constants.X_OK);
      return true;
    } catch {
    }
  }
  return false;
}

// src/render/overrides.ts
var import_yaml6 = __toESM(require_dist(), 1);
import { writeFile as writeFile2 } from "node:fs/promises";
import { join as join8 } from "node:path";

// src/kustomize/images.ts
var import_yaml5 = __toESM(require_dist(), 1);

// src/kustomize/source-edit.ts
var import_yaml4 = __toESM(require_dist(), 1);
function lineStart(text, offset) {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
function endOfLine(text, offset) {
  if (offset > 0 && text[offset - 1] === "\n") return offset;
  const newline = text.indexOf("\n", offset);
  return newline < 0 ? text.length : newline + 1;
}
function contentEnd(node) {
  if (((0, import_yaml4.isMap)(node) || (0, import_yaml4.isSeq)(node)) && !node.flow && node.items.length > 0) {
    const last = node.items.at(-1);
    if ((0, import_yaml4.isMap)(node)) {
      const pair = last;
      return pair.value ? contentEnd(pair.value) : pair.key.range?.[1] ?? 0;
    }
    return contentEnd(last);
  }
  return node.range?.[1] ?? 0;
}
function renderScalar(value, like) {
  const type = like?.type;
  if (type === import_yaml4.Scalar.QUOTE_SINGLE && !/[\n\r]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  if (type === import_yaml4.Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
  const plain = (0, import_yaml4.stringify)(value, { lineWidth: 0 }).replace(/\n$/, "");
  return plain === value ? value : JSON.stringify(value);
}
function splice(k, start, end, insert) {
  const text = k.toString();
  k.replaceText(text.slice(0, start) + insert + text.slice(end));
}
function editDocument(k, edit) {
  const document = k.document.clone();
  edit(document);
  const indentSeq = detectSeqIndent(k) !== "";
  k.replaceText(document.toString({ lineWidth: 0, indentSeq }));
}
function detectSeqIndent(k) {
  const text = k.toString();
  const root = k.document.contents;
  if (!(0, import_yaml4.isMap)(root)) return "";
  for (const pair of root.items) {
    const value = pair.value;
    const key = pair.key;
    if (!(0, import_yaml4.isSeq)(value) || value.flow || !value.range || !key.range) continue;
    const keyCol = key.range[0] - lineStart(text, key.range[0]);
    const dashCol = value.range[0] - lineStart(text, value.range[0]);
    return " ".repeat(Math.max(0, dashCol - keyCol));
  }
  return "";
}
function setScalar(k, node, value) {
  if (node.value === value && typeof node.value === "string") return;
  const [start, end] = node.range ?? [void 0, void 0];
  if (start === void 0 || end === void 0 || node.type === import_yaml4.Scalar.BLOCK_FOLDED || node.type === import_yaml4.Scalar.BLOCK_LITERAL) {
    throw new ConfigError(
      `cannot edit the value ${JSON.stringify(String(node.value))} in place (a block scalar); write it as a plain or quoted string`,
      k.path
    );
  }
  splice(k, start, end, renderScalar(value, node));
}
function mapKeyColumn(text, map) {
  const first = map.items[0]?.key;
  const start = first?.range?.[0];
  if (start === void 0) return void 0;
  const prefix = text.slice(lineStart(text, start), start);
  return { column: prefix.length, ownLine: /^\s*(?:-\s+)*$/.test(prefix) };
}
function renderBlock(value, indent, seqIndent) {
  if (typeof value === "string") return ` ${renderScalar(value)}
`;
  return `
${renderItem(value, indent + seqIndent)}`;
}
function renderItem(value, dashIndent, gap = " ") {
  if (typeof value === "string") return `${dashIndent}-${gap}${renderScalar(value)}
`;
  const keyIndent = dashIndent + " ".repeat(1 + gap.length);
  return Object.entries(value).map(([key, v], i) => `${i === 0 ? `${dashIndent}-${gap}` : keyIndent}${key}: ${renderScalar(v)}
`).join("");
}
function addPair(k, map, key, value) {
  const text = k.toString();
  const target = map ?? ((0, import_yaml4.isMap)(k.document.contents) ? k.document.contents : void 0);
  const column = target && !target.flow ? mapKeyColumn(text, target) : void 0;
  if (!target || !column?.ownLine) {
    editDocument(k, (document) => {
      const node = document.createNode(value);
      if (!target) document.set(key, node);
      else findSame(document, target)?.set(key, node);
    });
    return;
  }
  const indent = " ".repeat(column.column);
  const seqIndent = detectSeqIndent(k);
  const rendered = Array.isArray(value) ? `
${value.map((item) => renderItem(item, indent + seqIndent)).join("")}` : renderBlock(value, indent, seqIndent);
  const at = target === k.document.contents ? text.length : endOfLine(text, contentEnd(target));
  let line = `${indent}${key}:${rendered}`;
  if (at === text.length && text.length > 0 && !text.endsWith("\n")) line = `
${line}`;
  splice(k, at, at, line);
}
function removePair(k, map, key) {
  const pair = map.items.find((item) => (0, import_yaml4.isScalar)(item.key) && item.key.value === key);
  if (!pair) return;
  const text = k.toString();
  const keyNode = pair.key;
  const start = keyNode.range?.[0];
  const column = mapKeyColumn(text, map);
  const prefix = start !== void 0 ? text.slice(lineStart(text, start), start) : "";
  const index = map.items.indexOf(pair);
  const next = map.items[index + 1]?.key;
  if (!map.flow && start !== void 0 && index === 0 && /^\s*-\s+$/.test(prefix) && next?.range) {
    splice(k, start, next.range[0], "");
    return;
  }
  if (map.flow || !/^\s*$/.test(prefix) || !column || start === void 0) {
    editDocument(k, (document) => findSame(document, map)?.delete(key));
    return;
  }
  const end = endOfLine(text, pair.value ? contentEnd(pair.value) : keyNode.range?.[1] ?? start);
  splice(k, lineStart(text, start), end, "");
}
function appendItem(k, seq, value) {
  const text = k.toString();
  const first = seq.items[0];
  const start = first?.range?.[0];
  const prefix = start !== void 0 ? text.slice(lineStart(text, start), start) : "";
  const dash = /^(\s*)-(\s+)$/.exec(prefix);
  if (seq.flow || !first || !dash) {
    editDocument(k, (document) => findSame(document, seq)?.add(document.createNode(value)));
    return;
  }
  const at = endOfLine(text, contentEnd(seq));
  let item = renderItem(value, dash[1], dash[2]);
  if (at === text.length && !text.endsWith("\n")) item = `
${item}`;
  splice(k, at, at, item);
}
function removeItem(k, seq, index) {
  const text = k.toString();
  const item = seq.items[index];
  const start = item?.range?.[0];
  const prefix = start !== void 0 ? text.slice(lineStart(text, start), start) : "";
  if (seq.flow || !item || start === void 0 || !/^\s*-\s+$/.test(prefix) || seq.items.length === 1) {
    editDocument(k, (document) => findSame(document, seq)?.delete(index));
    return;
  }
  splice(k, lineStart(text, start), endOfLine(text, contentEnd(item)), "");
}
function findSame(document, node) {
  const start = node.range?.[0];
  let found;
  const visit = (current) => {
    if (found) return;
    if (((0, import_yaml4.isMap)(current) || (0, import_yaml4.isSeq)(current)) && current.range?.[0] === start && current.constructor === node.constructor) {
      found = current;
      return;
    }
    if ((0, import_yaml4.isMap)(current)) for (const pair of current.items) visit(pair.value);
    else if ((0, import_yaml4.isSeq)(current)) for (const item of current.items) visit(item);
  };
  visit(document.contents);
  return found;
}

// src/kustomize/images.ts
var PARTS = ["newName", "newTag", "digest"];
var KEEP = "*";
function getImages(k) {
  const images = k.toJS().images;
  if (!Array.isArray(images)) return [];
  const out = [];
  for (const entry of images) {
    if (!entry || typeof entry !== "object" || typeof entry.name !== "string") continue;
    const image = { name: entry.name };
    for (const part of PARTS) {
      const value = entry[part];
      if (value !== void 0 && value !== null && value !== "") image[part] = String(value);
    }
    out.push(image);
  }
  return out;
}
var TAG2 = /^[\w][\w.-]{0,127}$/;
var DIGEST2 = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
function validate2(update, file) {
  if (typeof update.name !== "string" || update.name.trim() === "" || /\s/.test(update.name))
    throw new ConfigError(`images: invalid image name ${JSON.stringify(update.name)}`, file);
  if (update.newName !== void 0 && update.newName !== KEEP && (update.newName === "" || /\s|@/.test(update.newName)))
    throw new ConfigError(`images: invalid newName ${JSON.stringify(update.newName)} for ${update.name}`, file);
  if (update.newTag !== void 0 && update.newTag !== KEEP && !TAG2.test(update.newTag))
    throw new ConfigError(
      `images: invalid newTag ${JSON.stringify(update.newTag)} for ${update.name} (letters, digits, ".", "_", "-"; at most 128)`,
      file
    );
  if (update.digest !== void 0 && update.digest !== KEEP && !DIGEST2.test(update.digest))
    throw new ConfigError(
      `images: invalid digest ${JSON.stringify(update.digest)} for ${update.name} (expected sha256:<hex>)`,
      file
    );
}
function matches(k, name) {
  const seq = k.document.get("images", true);
  if (!(0, import_yaml5.isSeq)(seq)) return [];
  const out = [];
  seq.items.forEach((item, index) => {
    if ((0, import_yaml5.isMap)(item) && item.get("name") === name) out.push(index);
  });
  return out;
}
function entryAt(k, index) {
  return k.document.get("images", true).items[index];
}
function setImages(k, updates) {
  const before = k.toString();
  for (const update of updates) validate2(update, k.path);
  const existing = k.document.get("images", true);
  if (existing !== void 0 && existing !== null && !(0, import_yaml5.isSeq)(existing) && !((0, import_yaml5.isScalar)(existing) && existing.value === null))
    throw new ConfigError("images: must be a list", k.path);
  for (const update of updates) {
    const indices = matches(k, update.name);
    if (indices.length === 0) {
      const entry = { name: update.name };
      for (const part of PARTS)
        if (update[part] !== void 0 && update[part] !== KEEP) entry[part] = update[part];
      const seq = k.document.get("images", true);
      if ((0, import_yaml5.isSeq)(seq) && seq.items.length > 0) appendItem(k, seq, entry);
      else {
        if (seq !== void 0) removePair(k, k.document.contents, "images");
        addPair(k, void 0, "images", [entry]);
      }
      continue;
    }
    for (const index of indices) {
      for (const part of PARTS) {
        const wanted = update[part];
        const map = entryAt(k, index);
        const current = map.get(part, true);
        if (wanted === KEEP) continue;
        if (wanted === void 0) {
          if (map.has(part)) removePair(k, map, part);
        } else if (current && (0, import_yaml5.isScalar)(current)) {
          if (scalarText(current) !== wanted) setScalar(k, current, wanted);
        } else {
          if (map.has(part)) removePair(k, map, part);
          addPair(k, entryAt(k, index), part, wanted);
        }
      }
    }
  }
  return k.toString() !== before;
}
function scalarText(node) {
  return node.type === "PLAIN" && typeof node.source === "string" ? node.source : String(node.value);
}

// src/render/overrides.ts
var BUILD_METADATA = ["originAnnotations", "transformerAnnotations"];
async function applyKustomizeOverrides(dir, overrides, options = {}) {
  const name = await findKustomizationFile(dir);
  if (!name) throw new ConfigError(`no kustomization.yaml in ${dir}`);
  const file = join8(dir, name);
  const kustomization = await readKustomization(file);
  const where = options.appName ? `Application ${options.appName} spec.source.kustomize` : "spec.source.kustomize";
  const env = options.buildEnv ?? {};
  if (overrides?.images?.length)
    setImages(
      kustomization,
      overrides.images.map((spec) => parseImageOverride(envsubst(String(spec), env), where))
    );
  const document = (0, import_yaml6.parseDocument)(kustomization.toString());
  if (overrides) await applyOverrides(document, overrides, dir, where, env);
  if (options.buildMetadata) {
    const existing = document.get("buildMetadata")?.toJSON?.() ?? [];
    document.set("buildMetadata", [.../* @__PURE__ */ new Set([...existing, ...BUILD_METADATA])]);
  }
  await writeFile2(file, document.toString());
}
async function applyOverrides(document, overrides, dir, where, env) {
  const get = (key) => document.toJS()?.[key];
  if (overrides.namePrefix) document.set("namePrefix", overrides.namePrefix);
  if (overrides.nameSuffix) document.set("nameSuffix", overrides.nameSuffix);
  if (overrides.replicas?.length) {
    const replicas = [...get("replicas") ?? []];
    for (const replica of overrides.replicas) {
      const count = typeof replica.count === "number" ? replica.count : Number.parseInt(String(replica.count), 10);
      if (!Number.isInteger(count) || count < 0)
        throw new ConfigError(
          `${where}.replicas: count "${replica.count}" for ${replica.name} is not a non-negative integer`
        );
      const existing = replicas.find((entry) => entry.name === replica.name);
      if (existing) existing.count = count;
      else replicas.push({ name: replica.name, count });
    }
    document.set("replicas", replicas);
  }
  if (overrides.commonLabels && Object.keys(overrides.commonLabels).length > 0) {
    if (overrides.labelWithoutSelector) {
      const labels = [...get("labels") ?? []];
      labels.push({
        pairs: checkLabels(expandValues(overrides.commonLabels, env), `${where}.commonLabels`),
        includeSelectors: false,
        ...overrides.labelIncludeTemplates ? { includeTemplates: true } : {}
      });
      document.set("labels", labels);
    } else {
      document.set(
        "commonLabels",
        mergeMap(
          get("commonLabels"),
          checkLabels(expandValues(overrides.commonLabels, env), `${where}.commonLabels`),
          overrides.forceCommonLabels,
          `${where}.commonLabels`,
          "label"
        )
      );
    }
  }
  if (overrides.commonAnnotations && Object.keys(overrides.commonAnnotations).length > 0) {
    const annotations = overrides.commonAnnotationsEnvsubst ? expandValues(overrides.commonAnnotations, env) : overrides.commonAnnotations;
    for (const key of Object.keys(annotations)) {
      const problem = qualifiedNameProblem(key.toLowerCase());
      if (problem)
        throw new ConfigError(`${where}.commonAnnotations: key "${key}" is not a valid annotation key: ${problem}`);
    }
    document.set(
      "commonAnnotations",
      mergeMap(
        get("commonAnnotations"),
        annotations,
        overrides.forceCommonAnnotations,
        `${where}.commonAnnotations`,
        "annotation"
      )
    );
  }
  if (overrides.namespace) document.set("namespace", overrides.namespace);
  if (overrides.components?.length) {
    const components = [...get("components") ?? []];
    for (const component of overrides.components) {
      if (!await findKustomizationFile(join8(dir, component))) {
        if (overrides.ignoreMissingComponents) continue;
        throw new ConfigError(`${where}.components: component "${component}" not found relative to the source path`);
      }
      if (!components.includes(component)) components.push(component);
    }
    document.set("components", components);
  }
  if (overrides.patches?.length) document.set("patches", [...get("patches") ?? [], ...overrides.patches]);
}
function mergeMap(current, added, force, where, what) {
  const merged = { ...current ?? {} };
  for (const [key, value] of Object.entries(added)) {
    if (key in merged && !force) {
      throw new ConfigError(
        `${where}: ${what} "${key}" is already set in the kustomization (set force${what === "label" ? "CommonLabels" : "CommonAnnotations"}: true to override)`
      );
    }
    merged[key] = String(value);
  }
  return merged;
}
function envsubst(text, env) {
  return text.replace(
    /\$(?:(\$)|\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (_match, dollar, braced, bare) => {
      if (dollar) return "$";
      const name = braced ?? bare;
      const value = env[name];
      if (value === void 0 && (name === "ARGOCD_APP_REVISION_SHORT" || name === "ARGOCD_APP_REVISION_SHORT_8")) {
        throw new ConfigError(
          `"${text}" uses $${name}, but the revision being rendered is not a commit SHA, so its short form is unknown (Argo CD expands it to the synced commit's short SHA)`
        );
      }
      return value ?? "";
    }
  );
}
var NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
var DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
function qualifiedNameProblem(key) {
  const parts = key.split("/");
  if (parts.length > 2) return 'at most one "/" (prefix/name)';
  const name = parts.at(-1) ?? "";
  if (parts.length === 2) {
    const prefix = parts[0] ?? "";
    if (!prefix) return 'the prefix before "/" must not be empty';
    if (prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix))
      return `prefix "${prefix}" must be a lowercase DNS-1123 subdomain of at most 253 characters`;
  }
  if (!name) return "the name part must not be empty";
  if (name.length > 63) return `the name part must be at most 63 characters (has ${name.length})`;
  if (!NAME_PART.test(name))
    return 'the name part must be alphanumerics, "-", "_" or "." and start and end with an alphanumeric';
  return void 0;
}
function labelValueProblem(value) {
  if (value === "") return void 0;
  if (value.length > 63) return `at most 63 characters (has ${value.length})`;
  if (!NAME_PART.test(value)) return 'alphanumerics, "-", "_" or "." starting and ending with an alphanumeric';
  return void 0;
}
function checkLabels(labels, where) {
  for (const [key, value] of Object.entries(labels)) {
    const keyProblem = qualifiedNameProblem(key);
    if (keyProblem) throw new ConfigError(`${where}: key "${key}" is not a valid label key: ${keyProblem}`);
    const valueProblem = labelValueProblem(value);
    if (valueProblem)
      throw new ConfigError(`${where}: value "${value}" of label "${key}" is not a valid label value: ${valueProblem}`);
  }
  return labels;
}
function expandValues(values, env) {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, envsubst(String(value), env)]));
}
function parseImageOverride(spec, where = "images") {
  if (!/[=:@]/.test(spec))
    throw new ConfigError(
      `${where}: image override "${spec}" has no "=", ":" or "@" (expected name=newName:tag, name:tag or name@digest, as kustomize edit set image requires)`
    );
  const [left, right] = spec.includes("=") ? [spec.slice(0, spec.indexOf("=")), spec.slice(spec.indexOf("=") + 1)] : [void 0, spec];
  const reference = splitImageReference(right ?? "");
  const name = left ?? reference.name;
  if (!name) throw new ConfigError(`${where}: image override "${spec}" has no image name`);
  const out = { name };
  if (left !== void 0 && reference.name) out.newName = reference.name;
  if (reference.tag) out.newTag = reference.tag;
  if (reference.digest) {
    if (reference.digest !== "*" && !/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(reference.digest))
      throw new ConfigError(`${where}: "${reference.digest}" in "${spec}" is not a digest (expected sha256:<hex>)`);
    out.digest = reference.digest;
  }
  return out;
}

// src/render/preflight.ts
import { realpath as realpath2, stat as stat5 } from "node:fs/promises";
import { isAbsolute as isAbsolute4, join as join9, relative as relative6, resolve as resolve2, sep as sep4 } from "node:path";
var YAML_KEYS = /^(resources|bases|components|crds|configurations|patchesStrategicMerge|generators|transformers|validators|openapi\.path|(patches|patchesJson6902|replacements)\[\]\.path|helmCharts\[\]\.(valuesFile|additionalValuesFiles))$/;
var ENV_KEYS = /^(configMapGenerator|secretGenerator)\[\]\.envs?$/;
async function preflightKustomize(root, options) {
  const repo = resolve2(options.repoRoot);
  const repoReal = await realpath2(repo);
  const rel = (path2) => {
    const r = toPosix(relative6(repo, path2));
    return r === "" ? "." : r.startsWith("..") ? toPosix(path2) : r;
  };
  const start = resolve2(root);
  const bounded = isInside2(repo, start) && isInside2(repoReal, await realpath2(start).catch(() => start));
  const warnings = [];
  const scanned = /* @__PURE__ */ new Set();
  const checkPath = async (holder, where, value, path2, remote) => {
    if (/^file:/i.test(value))
      throw new RenderError(
        `${where} is a file:// URL: a kustomization may only refer to paths inside the repository`,
        rel(holder)
      );
    if (remote)
      throw new RenderError(
        `${where} is ${REMOTE_WHAT[remote]}; Slipway renders only what is in the repository (a pull request must not choose what is fetched): vendor it into the repository and refer to it by a relative path`,
        rel(holder),
        await entryLine(holder, value)
      );
    if (!bounded) return;
    if (isAbsolute4(value))
      throw new RenderError(
        `${where} is an absolute path: a kustomization may only refer to paths inside the repository`,
        rel(holder)
      );
    if (!path2) return;
    if (!isInside2(repo, path2)) throw new RenderError(`${where} is outside the repository`, rel(holder));
    const real = await realpath2(path2).catch(() => void 0);
    if (real && !isInside2(repoReal, real))
      throw new RenderError(`${where} leads outside the repository through a symlink`, rel(holder));
    const name = (await stat5(path2).catch(() => void 0))?.isDirectory() ? await findKustomizationFile(path2) : void 0;
    const kustomization = name ? await realpath2(join9(path2, name)).catch(() => void 0) : void 0;
    if (name && kustomization && !isInside2(repoReal, kustomization))
      throw new RenderError(
        `${where === "" ? "" : `${where}: its `}${name} leads outside the repository through a symlink`,
        rel(where === "" ? join9(path2, name) : holder)
      );
  };
  const onKustomization = (file, data) => {
    for (const inline of inlinePatches(data)) checkYamlText(inline.text, rel(file), inline.key);
    const literal = badLiteral(data);
    if (literal)
      throw new RenderError(
        `${literal}: literal sources ${SECRET_CONTENT_REMOVED}: invalid literal source, expected key=value (the entry is not shown: it may hold a Secret value)`,
        rel(file)
      );
  };
  const check = async (ref) => {
    await checkPath(ref.from, `${ref.key} entry ${JSON.stringify(ref.value)}`, ref.value, ref.path, ref.remote);
    if (ref.kind !== "file" || !ref.path || scanned.has(ref.path)) return;
    scanned.add(ref.path);
    if (ENV_KEYS.test(ref.key))
      warnings.push(...await checkEnvFile(ref.path, rel(ref.path), ref.key.startsWith("secret")));
    else if (YAML_KEYS.test(ref.key)) {
      const text = await readBounded(ref.path, rel(ref.path));
      if (text !== void 0) checkYamlText(text, rel(ref.path));
    } else await readBounded(ref.path, rel(ref.path), false);
  };
  const walk = async (dir) => {
    try {
      for await (const ref of walkKustomization(dir, { boundary: repo, onKustomization })) await check(ref);
    } catch (error) {
      if (error instanceof YamlLimitError)
        throw new RenderError(
          error.message.slice(error.file ? error.file.length + 2 : 0),
          error.file ? rel(resolve2(error.file)) : void 0
        );
      if (error instanceof ConfigError) return;
      throw error;
    }
  };
  const components = options.components;
  for (const [index, entry] of components?.entries.entries() ?? []) {
    const holder = resolve2(repo, components.file);
    const remote = remoteKind("components", entry);
    const path2 = remote || isAbsolute4(entry) ? void 0 : resolve2(start, entry);
    await checkPath(
      holder,
      `spec.source.kustomize.components[${index}] entry ${JSON.stringify(entry)}`,
      entry,
      path2,
      remote
    );
    if (path2 && await findKustomizationFile(path2)) await walk(path2);
  }
  await checkPath(start, "", ".", start);
  await walk(start);
  return warnings;
}
var REMOTE_WHAT = {
  http: "a remote file (Kustomize would download it over HTTP)",
  git: "a remote base (Kustomize would clone it with git)",
  oci: "a remote base (Kustomize would pull it from an OCI registry)"
};
function inlinePatches(k) {
  const out = [];
  for (const field of ["patches", "patchesJson6902"]) {
    ;
    (Array.isArray(k[field]) ? k[field] : []).forEach((entry, i) => {
      const patch = entry?.patch;
      if (typeof patch === "string") out.push({ key: `${field}[${i}].patch`, text: patch });
    });
  }
  ;
  (Array.isArray(k.patchesStrategicMerge) ? k.patchesStrategicMerge : []).forEach((entry, i) => {
    if (typeof entry === "string" && entry.includes("\n")) out.push({ key: `patchesStrategicMerge[${i}]`, text: entry });
  });
  return out;
}
function badLiteral(k) {
  for (const field of ["secretGenerator", "configMapGenerator"]) {
    const generators = Array.isArray(k[field]) ? k[field] : [];
    for (const [i, generator] of generators.entries()) {
      const literals = generator?.literals;
      if (!Array.isArray(literals)) continue;
      for (const [j, literal] of literals.entries()) {
        if (typeof literal === "string" && literal.indexOf("=") <= 0) return `${field}[${i}].literals[${j}]`;
      }
    }
  }
  return void 0;
}
function checkYamlText(text, file, key) {
  if (!text.includes("&")) return;
  const refused = parseYamlStream(text, file).errors.find((error) => error.limit);
  if (!refused) return;
  const message = refused.message.replace(/^YAML: /, "");
  throw new RenderError(key ? `${key}: ${message}` : message, file, key ? void 0 : refused.line);
}
async function readBounded(path2, display, text = true) {
  const info = await stat5(path2).catch(() => void 0);
  if (!info?.isFile()) return void 0;
  checkInputSize(info.size, display);
  if (!text) return void 0;
  return readInputFile(path2, display).catch((error) => {
    if (error instanceof RenderError) throw error;
    return void 0;
  });
}
var VALID_KEY2 = /^[-._a-zA-Z0-9]+$/;
async function checkEnvFile(path2, display, secret) {
  const bytes = await readInputFile(path2, display, null);
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const warnings = [];
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    let end = bytes.indexOf(10, start);
    if (end === -1) end = bytes.length;
    let text;
    try {
      text = decoder.decode(bytes.subarray(start, end));
    } catch {
      throw new RenderError(
        `line ${line} is not valid UTF-8; Kustomize would print the line${secret ? ", which holds a Secret value" : ""} (it is not shown here)`,
        display,
        line
      );
    }
    start = end + 1;
    const trimmed = text.replace(/\r$/, "").replace(/^\s+/, "").replace(/^\uFEFF/, "");
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const key = trimmed.includes("=") ? trimmed.slice(0, trimmed.indexOf("=")) : trimmed;
    if (VALID_KEY2.test(key)) continue;
    const typo = /^[-._a-zA-Z0-9]+\s*:/.test(trimmed);
    warnings.push({
      file: display,
      line,
      message: typo ? `line ${line} looks like "KEY: value"; env files take KEY=VALUE, so the whole line becomes the key name${secret ? " and the Secret value is exposed as a key" : ""} (the line is not shown)` : `line ${line}: the key is not a valid ${secret ? "Secret" : "ConfigMap"} key (letters, digits, "-", "_", "."); the line is not shown`
    });
  }
  return warnings;
}
function isInside2(root, path2) {
  const r = relative6(root, path2);
  return r === "" || !r.startsWith(`..${sep4}`) && r !== ".." && !isAbsolute4(r);
}

// src/render/index.ts
async function discoverEnvironments(options) {
  const config = options.config ?? {};
  const versionFor = (name) => kubernetesVersionFor(config, name, options.kubernetesVersion);
  const discovery = { environments: [], skipped: [], projects: [], applications: [], definitions: [] };
  if (options.paths?.length) {
    const cwd = options.cwd ?? options.repoRoot;
    for (const given of options.paths) {
      const absolute = resolve3(cwd, given);
      const found = await environmentsAtPath(absolute);
      if (found.length === 0)
        throw new UsageError(
          `nothing to render at ${given}: no Kustomize root (kind: Component folders are not buildable on their own) and no YAML files`
        );
      for (const root of found) {
        const path2 = displayPath2(options.repoRoot, root.path);
        discovery.environments.push({ name: path2, path: path2, type: root.type, kubernetesVersion: versionFor(path2) });
      }
    }
  } else {
    const argo = await discoverApplications(options.repoRoot, {
      paths: config.argocd?.paths,
      repoURLs: config.argocd?.repoURLs
    });
    discovery.projects = argo.projects;
    discovery.applications = argo.applications;
    discovery.definitions = argo.definitions;
    for (const app of argo.applications) {
      if (app.skipReason || app.path === void 0) {
        discovery.skipped.push({
          severity: "warning",
          rule: "argocd-app-not-rendered",
          message: `Application ${app.info.name} is not rendered: ${app.skipReason ?? "no source path"}`,
          environment: app.info.name,
          file: app.info.file,
          resource: {
            apiVersion: "argoproj.io/v1alpha1",
            kind: "Application",
            name: app.info.name,
            ...app.info.namespace ? { namespace: app.info.namespace } : {}
          }
        });
        continue;
      }
      await mergeArgocdSourceFiles(options.repoRoot, app);
      const isKustomize = await findKustomizationFile(join10(options.repoRoot, app.path)) !== void 0;
      const environment = {
        name: app.info.name,
        path: app.path,
        type: isKustomize ? "argocd-application" : "yaml",
        kubernetesVersion: versionFor(app.info.name),
        application: app.info
      };
      if (app.kustomize) environment.kustomize = app.kustomize;
      if (!isKustomize) environment.directory = app.directory ?? {};
      discovery.environments.push(environment);
    }
    for (const [name, settings] of Object.entries(config.environments ?? {})) {
      if (!settings.path || discovery.environments.some((env) => env.name === name)) continue;
      const isKustomize = await findKustomizationFile(join10(options.repoRoot, settings.path)) !== void 0;
      discovery.environments.push({
        name,
        path: settings.path,
        type: isKustomize ? "kustomize" : "yaml",
        kubernetesVersion: versionFor(name)
      });
    }
    if (discovery.environments.length === 0 && argo.applications.length === 0) {
      const overlays = join10(options.repoRoot, "manifests", "overlays");
      const start = await exists(overlays) ? overlays : options.repoRoot;
      for (const found of await environmentsAtPath(start)) {
        if (found.type !== "kustomize") continue;
        const path2 = displayPath2(options.repoRoot, found.path);
        const name = start === overlays ? path2.split("/").pop() ?? path2 : path2;
        discovery.environments.push({ name, path: path2, type: "kustomize", kubernetesVersion: versionFor(name) });
      }
    }
  }
  if (options.environments?.length) discovery.environments = selectEnvironments(discovery, options.environments);
  return discovery;
}
function selectEnvironments(discovery, names) {
  if (names.length === 0) return discovery.environments;
  const known = new Set(discovery.environments.map((env) => env.name));
  for (const name of names) {
    if (known.has(name)) continue;
    const skipped = discovery.skipped.find((finding) => finding.environment === name);
    if (skipped) throw new UsageError(`environment "${name}" cannot be rendered: ${skipped.message}`);
  }
  const unknown = [...new Set(names.filter((name) => !known.has(name)))];
  if (unknown.length > 0)
    throw new UsageError(
      `unknown environment ${unknown.map((name) => JSON.stringify(name)).join(", ")}; known: ${[...known].join(", ") || "(none)"}`
    );
  return discovery.environments.filter((env) => names.includes(env.name));
}
async function renderEnvironments(options) {
  const { environments } = await discoverEnvironments(options);
  return renderDiscovered(environments, options);
}
async function renderDiscovered(environments, options) {
  const needsKustomize = environments.some((env) => env.type !== "yaml");
  const command = needsKustomize ? await resolveKustomize(options.kustomizeCommand ?? options.config?.render?.kustomize ?? process.env.KUSTOMIZE) : void 0;
  const limit = Math.max(1, options.concurrency ?? options.config?.render?.concurrency ?? availableParallelism());
  const results = new Array(environments.length);
  let next = 0;
  const worker = async () => {
    while (next < environments.length) {
      const index = next++;
      const result = await renderEnvironment(environments[index], command, options);
      results[index] = result;
      options.onRendered?.(result);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, environments.length) }, worker));
  return results;
}
async function renderEnvironment(environment, command, options) {
  const started = performance.now();
  const findings = [];
  let resources = [];
  const absolute = resolve3(options.repoRoot, environment.path);
  try {
    if (environment.type === "yaml" && environment.kustomize && environment.application) {
      throw new ConfigError(
        `Application ${environment.application.name} sets spec.source.kustomize, but ${environment.path} has no kustomization.yaml: Argo CD fails this build instead of applying the directory as plain YAML`
      );
    }
    if (environment.type === "yaml") {
      const files = (await stat6(absolute)).isDirectory() ? (await directoryFiles(absolute, environment.directory)).map((file) => join10(absolute, file)) : [absolute];
      for (const file of files) {
        const parsed = parseYamlStream(
          await readInputFile(file, displayPath2(options.repoRoot, file)),
          displayPath2(options.repoRoot, file)
        );
        resources.push(...parsed.resources);
        for (const error of parsed.errors)
          findings.push({
            severity: "error",
            rule: "parse",
            message: error.message,
            environment: environment.name,
            file: error.file,
            line: error.line,
            column: error.column
          });
      }
    } else {
      if (!command) throw new UsageError("no Kustomize command");
      resources = await buildKustomize(environment, absolute, command, options, findings);
    }
  } catch (error) {
    const cause = error instanceof RenderError ? error : void 0;
    findings.push({
      severity: "error",
      rule: "render",
      message: `render failed: ${errorMessage(error)}`,
      environment: environment.name,
      file: cause?.file ?? environment.application?.file ?? environment.path,
      ...cause?.line ? { line: cause.line } : {}
    });
    resources = [];
  }
  return { environment, resources, renderMs: Math.round(performance.now() - started), findings };
}
async function buildKustomize(environment, absolute, command, options, findings) {
  const timeoutMs = options.timeoutMs ?? (options.config?.render?.timeoutSeconds ? options.config.render.timeoutSeconds * 1e3 : 6e4);
  const buildOptions = {
    timeoutMs,
    enableHelm: options.config?.render?.enableHelm === true,
    repoRoot: options.repoRoot,
    environment: environment.name
  };
  const warnings = await preflightKustomize(absolute, {
    repoRoot: options.repoRoot,
    ...environment.kustomize?.components?.length ? {
      components: {
        file: environment.application?.file ?? environment.path,
        entries: environment.kustomize.components
      }
    } : {}
  });
  for (const warning of warnings)
    findings.push({
      severity: "warning",
      rule: "env-file",
      message: warning.message,
      environment: environment.name,
      file: warning.file,
      ...warning.line ? { line: warning.line } : {}
    });
  let scratch;
  try {
    let buildDir = absolute;
    let originBase = absolute;
    let scratchRepo;
    if (environment.kustomize) {
      scratch = await makeTempDir("render");
      scratchRepo = join10(scratch, "repo");
      await cp(options.repoRoot, scratchRepo, {
        recursive: true,
        filter: (source) => !/(^|[/\\])(\.git|node_modules|dist)$/.test(source)
      });
      buildDir = join10(scratchRepo, relative7(options.repoRoot, absolute));
      originBase = buildDir;
      await applyKustomizeOverrides(buildDir, environment.kustomize, {
        buildMetadata: options.buildMetadata,
        appName: environment.application?.name,
        buildEnv: buildEnvironment(environment)
      });
    } else if (options.buildMetadata) {
      scratch = await makeTempDir("render");
      await writeFile3(
        join10(scratch, "kustomization.yaml"),
        yaml.dump({ resources: [toPosix(relative7(scratch, absolute))], buildMetadata: [...BUILD_METADATA] })
      );
      buildDir = scratch;
      originBase = scratch;
    }
    const output = await kustomizeBuild(command, buildDir, {
      ...buildOptions,
      ...scratchRepo ? { copyRoot: scratchRepo } : {},
      ...options.onBuildStarted ? { onStarted: options.onBuildStarted } : {}
    });
    const parsed = parseYamlStream(output);
    for (const error of parsed.errors)
      findings.push({
        severity: "error",
        rule: "parse",
        message: `kustomize output: ${error.message}`,
        environment: environment.name
      });
    const toRepo2 = (path2) => {
      const full = resolve3(originBase, path2);
      const inRepo = scratchRepo && full.startsWith(scratchRepo) ? join10(options.repoRoot, relative7(scratchRepo, full)) : full;
      return displayPath2(options.repoRoot, inRepo);
    };
    for (const resource of parsed.resources) {
      resource.file = environment.path;
      if (options.buildMetadata) resource.origin = takeOrigin(resource.object, toRepo2);
    }
    return parsed.resources;
  } finally {
    if (scratch) await removeTempDir(scratch);
  }
}
function buildEnvironment(environment) {
  const app = environment.application;
  const env = { KUBE_VERSION: `${environment.kubernetesVersion}.0` };
  if (!app) return env;
  env.ARGOCD_APP_NAME = app.name;
  env.ARGOCD_APP_NAMESPACE = app.destination.namespace ?? "";
  env.ARGOCD_APP_PROJECT_NAME = app.project;
  env.ARGOCD_APP_SOURCE_PATH = environment.path;
  env.ARGOCD_APP_SOURCE_REPO_URL = app.repoURL ?? "";
  env.ARGOCD_APP_SOURCE_TARGET_REVISION = app.targetRevision ?? "";
  env.ARGOCD_APP_REVISION = app.targetRevision ?? "";
  if (/^[0-9a-f]{40}$/i.test(app.targetRevision ?? "")) {
    env.ARGOCD_APP_REVISION_SHORT = app.targetRevision.slice(0, 7);
    env.ARGOCD_APP_REVISION_SHORT_8 = app.targetRevision.slice(0, 8);
  }
  return env;
}
var ORIGIN = "config.kubernetes.io/origin";
var TRANSFORMATIONS = "alpha.config.kubernetes.io/transformations";
function takeOrigin(object, toRepo2) {
  const origin = { transformations: [] };
  const annotations = object.metadata?.annotations;
  if (!annotations) return origin;
  const rawOrigin = annotations[ORIGIN];
  const rawTransformations = annotations[TRANSFORMATIONS];
  delete annotations[ORIGIN];
  delete annotations[TRANSFORMATIONS];
  if (Object.keys(annotations).length === 0 && object.metadata) delete object.metadata.annotations;
  try {
    const parsed = rawOrigin ? yaml.load(rawOrigin) : void 0;
    if (parsed?.path) origin.path = parsed.repo ? parsed.path : toRepo2(parsed.path);
    if (parsed?.configuredIn) origin.configuredIn = toRepo2(parsed.configuredIn);
    if (parsed?.configuredBy?.kind) origin.configuredBy = parsed.configuredBy.kind;
    if (parsed?.repo) origin.repo = parsed.repo;
    const transformations = rawTransformations ? yaml.load(rawTransformations) : [];
    for (const step of transformations ?? [])
      if (step.configuredIn)
        origin.transformations.push({ configuredIn: toRepo2(step.configuredIn), kind: step.configuredBy?.kind ?? "" });
  } catch {
  }
  return origin;
}
async function directoryFiles(dir, settings) {
  const files = await listFiles(dir, dir, isManifestFile);
  if (!settings) return files;
  return files.filter((file) => settings.recurse || !file.includes("/")).filter(
    (file) => !settings.include || minimatch(file, settings.include, { matchBase: !settings.include.includes("/") })
  ).filter(
    (file) => !settings.exclude || !minimatch(file, settings.exclude, { matchBase: !settings.exclude.includes("/") })
  );
}
async function environmentsAtPath(absolute) {
  let info;
  try {
    info = await stat6(absolute);
  } catch {
    throw new UsageError(`path not found: ${absolute}`);
  }
  if (!info.isDirectory()) return [{ path: absolute, type: "yaml" }];
  const own = await kustomizationKind(absolute);
  if (own === "Kustomization") return [{ path: absolute, type: "kustomize" }];
  if (own === "Component") return [];
  const files = await listFiles(absolute);
  const roots = /* @__PURE__ */ new Set();
  for (const file of files) {
    const name = file.split("/").pop() ?? "";
    if (name !== "kustomization.yaml" && name !== "kustomization.yml" && name !== "Kustomization") continue;
    const dir = join10(absolute, dirname3(file));
    if (await kustomizationKind(dir) === "Kustomization") roots.add(dir);
  }
  if (roots.size > 0) return [...roots].sort().map((path2) => ({ path: path2, type: "kustomize" }));
  return files.some(isManifestFile) ? [{ path: absolute, type: "yaml" }] : [];
}
async function kustomizationKind(dir) {
  const name = await findKustomizationFile(dir);
  if (!name) return void 0;
  try {
    const content = yaml.load(await readFile6(join10(dir, name), "utf8"), { schema: yaml.CORE_SCHEMA });
    return content?.kind === "Component" ? "Component" : "Kustomization";
  } catch {
    return "Kustomization";
  }
}
async function exists(path2) {
  try {
    await stat6(path2);
    return true;
  } catch {
    return false;
  }
}
function displayPath2(repoRoot, path2) {
  const rel = toPosix(relative7(repoRoot, path2));
  return rel === "" ? "." : isAbsolute5(rel) ? toPosix(path2) : rel;
}

export {
  require_dist,
  pointerTokens,
  escapePointer,
  resolvePointer,
  isProductionByName,
  require_ucs2length,
  kubernetesVersionFor,
  isProductionEnvironment,
  loadConfig,
  findKustomizationFile,
  Kustomization,
  readKustomization,
  writeKustomization,
  walkKustomization,
  emptyGraph,
  addKustomizationToGraph,
  toRepo,
  isSecret,
  redactSecretPair,
  redactSecret,
  sanitizeRenderMessage,
  SecretScrubber,
  setScalar,
  removeItem,
  getImages,
  setImages,
  splitImageReference,
  parseImageReference,
  discoverEnvironments,
  renderEnvironments,
  renderDiscovered
};
//# sourceMappingURL=chunk-DM5BIQMK.js.map
