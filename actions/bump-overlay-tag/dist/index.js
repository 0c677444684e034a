import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 2898:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _infra_fleet_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1592);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6398);


await (0,_infra_fleet_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .C)(() => (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)());

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6398:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/action-kit/src/errors.ts
var errors = __nccwpck_require__(8826);
// EXTERNAL MODULE: ./packages/action-kit/src/protocol.ts
var protocol = __nccwpck_require__(1553);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./packages/action-kit/src/summary.ts

/** GitHub rejects a step summary over 1 MiB; stay under it with room for the note. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const NOTE_ROOM_BYTES = 256;
/** Escapes the characters that start inline markdown or HTML, so text shows as written. */
function escapeMarkdown(text) {
    return text.replace(/[\\`*_[\]()<>|~#!&]/g, '\\$&');
}
function tableCell(text) {
    return text.replace(/\r?\n/g, '<br>').replace(/\|/g, '\\|');
}
/** A GitHub-flavoured markdown table; cells may hold markdown, but `|` and newlines are escaped. */
function markdownTable(header, rows) {
    const line = (cells) => `| ${header.map((_, index) => tableCell(cells[index] ?? '')).join(' | ')} |`;
    return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}
function longestRun(text, char) {
    const runs = text.match(new RegExp(`${char}+`, 'g')) ?? [];
    return Math.max(0, ...runs.map((run) => run.length));
}
/** A fenced code block whose fence is longer than any backtick run inside the text. */
function codeBlock(text, language = '') {
    const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
    const body = text.endsWith('\n') ? text : `${text}\n`;
    return `${fence}${language}\n${body}${fence}`;
}
/** An inline code span that survives backticks inside the text. */
function codeSpan(text) {
    const ticks = '`'.repeat(longestRun(text, '`') + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${text}${pad}${ticks}`;
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** A collapsible section; the summary line is plain text, the body markdown. */
function details(summary, body) {
    return `<details>\n<summary>${escapeHtml(summary)}</summary>\n\n${body}\n\n</details>`;
}
/** Cuts UTF-8 text to at most `maxBytes` bytes without splitting a character. */
function truncateUtf8(text, maxBytes) {
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length <= maxBytes)
        return text;
    let end = Math.max(0, maxBytes);
    while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80)
        end -= 1;
    return bytes.subarray(0, end).toString('utf8');
}
/** What to append so that a file already `usedBytes` long stays under the limit. */
function fitSummary(markdown, usedBytes) {
    const size = Buffer.byteLength(markdown, 'utf8');
    if (usedBytes + size <= SUMMARY_LIMIT_BYTES)
        return markdown;
    const kept = truncateUtf8(markdown, SUMMARY_LIMIT_BYTES - usedBytes - NOTE_ROOM_BYTES);
    const shown = Buffer.byteLength(kept, 'utf8');
    return `${kept}\n\n> Summary truncated: ${shown} of ${size} bytes shown (GitHub limits a step summary to 1 MiB).\n`;
}
async function fileSize(path) {
    try {
        return (await (0,promises_.stat)(path)).size;
    }
    catch {
        return 0;
    }
}
/** Appends markdown to the job summary (GITHUB_STEP_SUMMARY); no-op when unset. */
async function appendSummary(markdown, env = process.env) {
    const path = env.GITHUB_STEP_SUMMARY;
    if (!path)
        return;
    const used = await fileSize(path);
    if (used + NOTE_ROOM_BYTES >= SUMMARY_LIMIT_BYTES)
        return;
    const text = fitSummary(markdown, used);
    await (0,promises_.appendFile)(path, text.endsWith('\n') ? text : `${text}\n`, 'utf8');
}

;// CONCATENATED MODULE: ./packages/action-kit/src/outputs.ts

/** The text the runner stores for a value: objects and arrays as JSON, null/undefined as ''. */
function formatOutput(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'object')
        return JSON.stringify(value);
    return String(value);
}
/** Writes all outputs in one go (the GITHUB_OUTPUT file). Call once, at the end. */
function writeOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        protocol/* setOutput */.uH(name, formatOutput(value));
    }
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./packages/kustomize/src/render.ts



/** Rendering failed: kubectl is missing, timed out, or kustomize rejected the overlay. */
class KustomizeRenderError extends Error {
    dir;
    stderr;
    constructor(message, dir, stderr = '', options) {
        super(message, options);
        this.dir = dir;
        this.stderr = stderr;
        this.name = 'KustomizeRenderError';
    }
}
const DEFAULT_TIMEOUT_MS = 60_000;
/** What kubectl (and git, for remote bases) needs; never the job's tokens or INPUT_* values. */
const PASSED_VARIABLES = [
    'PATH',
    'HOME',
    'TMPDIR',
    'LANG',
    'LC_ALL',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
];
const PROXY = /^(https?_proxy|no_proxy|all_proxy)$/i;
function renderEnv(env = process.env) {
    const kept = Object.entries(env).filter(([name, value]) => value !== undefined && (PASSED_VARIABLES.includes(name) || PROXY.test(name)));
    return {
        ...Object.fromEntries(kept),
        // kustomize reads no cluster; a kubeconfig could run an exec credential plugin.
        KUBECONFIG: '/dev/null',
        GIT_TERMINAL_PROMPT: '0',
        GIT_CONFIG_NOSYSTEM: '1',
    };
}
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
/** Renders a kustomization directory with `kubectl kustomize <dir>` and returns the YAML stream. */
async function renderKustomization(dir, options = {}) {
    // kubectl accepts no `--`; an absolute path can never be read as a flag.
    const absDir = external_node_path_default().resolve(dir);
    const kubectl = options.kubectl ?? 'kubectl';
    const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_namespaceObject.execFile)(kubectl, ['kustomize', absDir], {
            timeout,
            maxBuffer: MAX_OUTPUT_BYTES,
            encoding: 'utf8',
            windowsHide: true,
            env: renderEnv(),
        }, (error, stdout, stderr) => {
            if (error)
                reject(renderFailure(error, { kubectl, absDir, timeout, stderr }));
            else
                resolve(stdout);
        });
    });
}
function renderFailure(error, ctx) {
    const { kubectl, absDir, timeout } = ctx;
    const stderr = ctx.stderr.trim();
    if (error.code === 'ENOENT') {
        return new KustomizeRenderError(`cannot render ${absDir}: kubectl executable "${kubectl}" not found; ` +
            'install kubectl (kustomize v5) or set validate: none', absDir, '', { cause: error });
    }
    if (error.killed && error.signal) {
        return new KustomizeRenderError(`kubectl kustomize ${absDir} timed out after ${timeout} ms (killed with ${error.signal})`, absDir, stderr, { cause: error });
    }
    const detail = kubectlErrorText(stderr) || error.message;
    return new KustomizeRenderError(`kubectl kustomize ${absDir} failed: ${detail}`, absDir, stderr, {
        cause: error,
    });
}
/** klog wraps kustomize's message as `E1126 07:23:18.29 4553 run.go:72] "command failed" err="..."`. */
const KLOG_ERR = /^[IWEF]\d{4} [\d:.]+\s+\d+ \S+\] "[^"]*" err=("(?:[^"\\]|\\.)*")$/;
/** The kustomize message from kubectl's stderr, without klog's header and quoting. */
function kubectlErrorText(stderr) {
    return stderr
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .map(unwrapKlogLine)
        .join('\n');
}
function unwrapKlogLine(line) {
    const quoted = KLOG_ERR.exec(line)?.[1];
    if (quoted === undefined)
        return line;
    try {
        return JSON.parse(quoted);
    }
    catch {
        return quoted.slice(1, -1);
    }
}
/** Where each workload kind keeps its pod spec. */
const POD_SPEC_PATHS = {
    Pod: ['spec'],
    Deployment: ['spec', 'template', 'spec'],
    StatefulSet: ['spec', 'template', 'spec'],
    DaemonSet: ['spec', 'template', 'spec'],
    Job: ['spec', 'template', 'spec'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};
/** Lists every container and initContainer image of the workloads in a rendered YAML stream. */
function renderedImages(stream) {
    return parseStream(stream).flatMap(workloadImages);
}
function parseStream(stream) {
    return parseAllDocuments(stream).flatMap((doc, index) => {
        if (doc.errors.length > 0) {
            throw new Error(`rendered YAML document ${index + 1} is invalid: ${doc.errors[0]?.message}`);
        }
        const value = doc.toJS();
        return isObject(value) ? [value] : [];
    });
}
function workloadImages(object) {
    const kind = typeof object.kind === 'string' ? object.kind : '';
    const specPath = POD_SPEC_PATHS[kind];
    const podSpec = specPath ? dig(object, specPath) : undefined;
    if (!isObject(podSpec))
        return [];
    const metadata = isObject(object.metadata) ? object.metadata : {};
    const owner = {
        kind,
        name: String(metadata.name ?? ''),
        ...(typeof metadata.namespace === 'string' ? { namespace: metadata.namespace } : {}),
    };
    return [...listOf(podSpec.initContainers), ...listOf(podSpec.containers)].map((c) => ({
        ...owner,
        container: String(c.name ?? ''),
        image: String(c.image ?? ''),
    }));
}
function dig(object, keys) {
    let current = object;
    for (const key of keys)
        current = isObject(current) ? current[key] : undefined;
    return current;
}
function listOf(value) {
    return Array.isArray(value) ? value.filter(isObject) : [];
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./packages/fleet/src/names.ts
/**
 * Environment and app names: folder names that end up in job matrices, GitHub environment
 * names, branch names and commit trailers, so they are held to a grammar no shell, YAML or
 * URL treats specially.
 */
const NAME_GRAMMAR = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
const NAME_RULE = 'a letter or digit, then up to 62 letters, digits, ".", "_" or "-" (e.g. staging, prod-eu)';
function isName(value) {
    return NAME_GRAMMAR.test(value) && !value.includes('..');
}
/** Folders that are never an environment or an app: `_envcommon`, `.terragrunt-cache`, ... */
function names_isHiddenFolder(name) {
    return name.startsWith('_') || name.startsWith('.');
}
/** The closest of `candidates` to `value` (edit distance <= 2 or a shared prefix), if any. */
function didYouMean(value, candidates) {
    let best;
    for (const name of candidates) {
        const distance = editDistance(value.toLowerCase(), name.toLowerCase());
        if (!best || distance < best.distance)
            best = { name, distance };
    }
    if (!best)
        return undefined;
    const close = best.distance <= Math.max(2, Math.floor(value.length / 3));
    return close ? best.name : undefined;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i += 1) {
        const current = [i];
        for (let j = 1; j <= b.length; j += 1) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}

;// CONCATENATED MODULE: ./packages/fleet/src/github-environments.ts

const ENVIRONMENT_KEYS = [
    'reviewers',
    'prevent-self-review',
    'wait-timer',
    'deploy-from',
    'secrets',
    'variables',
];
const REVIEWER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$/;
const SECRET_NAME = /^(?!GITHUB_)[A-Za-z_][A-Za-z0-9_]{0,254}$/i;
const MAX_WAIT = 43_200;
function reviewers(reader, node, where) {
    return reader.strings(node, where).flatMap((name) => {
        if (REVIEWER.test(name))
            return [{ type: name.includes('/') ? 'Team' : 'User', name }];
        reader.problem(node, `${where} ${JSON.stringify(name)} is neither a login nor org/team`);
        return [];
    });
}
function names(reader, node, where) {
    return reader.strings(node, where).flatMap((name) => {
        if (SECRET_NAME.test(name))
            return [name];
        reader.problem(node, `${where} ${JSON.stringify(name)} is not a secret or variable name (letters, digits, _; not GITHUB_)`);
        return [];
    });
}
function waitTimer(reader, node, where) {
    const value = (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_WAIT)
        return value;
    reader.problem(node, `${where} must be a whole number of minutes from 0 to ${MAX_WAIT}`);
    return 0;
}
function flag(reader, node, where) {
    if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'boolean')
        return node.value;
    reader.problem(node, `${where} must be true or false`);
    return false;
}
function deployFrom(reader, node, where) {
    const result = { branches: [], tags: [] };
    for (const [key, value] of reader.pairs(node, where, ['branches', 'tags'])) {
        result[key] = reader.strings(value, `${where}.${key}`);
    }
    return result;
}
function environment(reader, name, node) {
    const spec = {
        name,
        reviewers: [],
        preventSelfReview: false,
        waitTimer: 0,
        secrets: [],
        variables: [],
    };
    const where = `github-environments.${name}`;
    for (const [key, value] of reader.pairs(node, where, ENVIRONMENT_KEYS)) {
        const at = `${where}.${key}`;
        if (key === 'reviewers')
            spec.reviewers = reviewers(reader, value, at);
        if (key === 'prevent-self-review')
            spec.preventSelfReview = flag(reader, value, at);
        if (key === 'wait-timer')
            spec.waitTimer = waitTimer(reader, value, at);
        if (key === 'deploy-from')
            spec.deployFrom = deployFrom(reader, value, at);
        if (key === 'secrets')
            spec.secrets = names(reader, value, at);
        if (key === 'variables')
            spec.variables = names(reader, value, at);
    }
    return spec;
}
/** Reads `github-environments:` (environment name -> protection). */
function readGitHubEnvironments(reader, node) {
    if (node === null || node === undefined)
        return [];
    if (!(0,dist/* isMap */.jh)(node)) {
        reader.problem(node, 'github-environments must be a mapping of environment name to its protection');
        return [];
    }
    return node.items.flatMap((pair) => {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        const name = reader.name(pair.key, key, 'environment');
        return name === undefined ? [] : [environment(reader, name, pair.value)];
    });
}

;// CONCATENATED MODULE: ./packages/fleet/src/pattern.ts

/** Why a pattern text is invalid, or undefined when it is valid. */
function patternProblem(text) {
    if (text.trim() === '')
        return 'is empty';
    if (text.startsWith('/'))
        return 'must be relative to its root, without a leading "/"';
    const parts = text.replace(/\/+$/, '').split('/');
    if (parts.some((part) => part === '' || part === '.' || part === '..'))
        return 'has an empty, "." or ".." segment';
    const mixed = parts.find((part) => /[{}*]/.test(part) && !['{env}', '{app}', '*'].includes(part));
    if (mixed)
        return `segment "${mixed}": {env}, {app} and * must each be a whole segment`;
    const count = (token) => parts.filter((part) => part === token).length;
    if (count('{env}') !== 1)
        return 'must hold {env} exactly once, as a whole segment';
    if (count('{app}') > 1)
        return 'may hold {app} at most once';
    return undefined;
}
/** Compiles a pattern text that patternProblem accepted. */
function compilePattern(text) {
    const problem = patternProblem(text);
    if (problem)
        throw new Error(`Pattern ${JSON.stringify(text)} ${problem}.`);
    const segments = text
        .replace(/\/+$/, '')
        .split('/')
        .map((part) => {
        if (part === '*')
            return { kind: 'any' };
        if (part === '{env}')
            return { kind: 'env' };
        if (part === '{app}')
            return { kind: 'app' };
        return { kind: 'literal', value: part };
    });
    return { text, segments };
}
function joinRoot(root, path) {
    if (root === '' || root === '.')
        return path;
    return path === '' ? root : `${root}/${path}`;
}
/** The part of `path` below `root`, or undefined when it is not below it. */
function belowRoot(root, path) {
    if (root === '' || root === '.')
        return path;
    if (path === root)
        return '';
    return path.startsWith(`${root}/`) ? path.slice(root.length + 1) : undefined;
}
/**
 * Matches the leading folders of `path` (repository-relative; a folder, or a file when `kind`
 * says so) against `root`/`pattern`: `infrastructure/environments/staging/vpc/main.tf` ->
 * staging at `infrastructure/environments/staging`. Hidden folders (`_x`, `.x`) never match
 * a wildcard.
 */
function matchFolder(pattern, root, path, kind = 'dir') {
    const rest = belowRoot(root, path);
    if (rest === undefined || rest === '')
        return undefined;
    const parts = rest.split('/');
    const folders = kind === 'file' ? parts.length - 1 : parts.length;
    if (folders < pattern.segments.length)
        return undefined;
    const found = {};
    for (const [index, segment] of pattern.segments.entries()) {
        const part = parts[index];
        if (segment.kind === 'literal') {
            if (part !== segment.value)
                return undefined;
        }
        else if (isHiddenFolder(part))
            return undefined;
        else if (segment.kind === 'env')
            found.env = part;
        else if (segment.kind === 'app')
            found.app = part;
    }
    const folder = joinRoot(root, parts.slice(0, pattern.segments.length).join('/'));
    return { folder, env: found.env, ...(found.app !== undefined && { app: found.app }) };
}
/** The pattern with {env} and {app} filled in (`*` stays), relative to the repository. */
function expandPattern(pattern, root, values) {
    const parts = pattern.segments.map((segment) => {
        if (segment.kind === 'literal')
            return segment.value;
        if (segment.kind === 'env')
            return values.env;
        if (segment.kind === 'app')
            return values.app ?? '{app}';
        return '*';
    });
    return joinRoot(root, parts.join('/'));
}
function hasApp(pattern) {
    return pattern.segments.some((segment) => segment.kind === 'app');
}

;// CONCATENATED MODULE: ./packages/fleet/src/config.ts




const DEFAULT_CONFIG_FILE = 'infra-fleet.yaml';
/** What a repository without infra-fleet.yaml gets: infra-fleet's own layout. */
const DEFAULTS = {
    infrastructure: {
        root: 'infrastructure',
        environments: 'environments/{env}',
        shared: ['permanent'],
    },
    k8s: { root: 'k8s', overlays: 'overlays/{env}', clusters: 'clusters/{env}' },
};
/** A problem in infra-fleet.yaml, located at file:line:column, with what to do. */
class FleetConfigError extends Error {
    hint;
    constructor(message, hint) {
        super(message);
        this.hint = hint;
        this.name = 'FleetConfigError';
    }
}
const SHAPE = {
    '': ['environments', 'infrastructure', 'k8s', 'apps', 'github-environments'],
    infrastructure: ['root', 'environments', 'shared'],
    k8s: ['root', 'overlays', 'clusters'],
    app: ['image', 'overlays', 'status-contexts'],
};
class Reader {
    problems = [];
    explicit = new Set();
    problem(node, message) {
        this.problems.push({ node, message });
    }
    /** The pairs of a mapping, after checking its keys against the known ones. */
    pairs(node, where, known) {
        if (node === null || node === undefined)
            return [];
        if (!(0,dist/* isMap */.jh)(node)) {
            this.problem(node, `${where || 'the file'} must be a mapping (key: value)`);
            return [];
        }
        return node.items.flatMap((pair) => {
            const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
            if (!known.includes(key)) {
                const guess = didYouMean(key, known);
                const hint = guess ? `did you mean "${guess}"?` : `known keys: ${known.join(', ')}`;
                this.problem(pair.key, `unknown key "${config_join(where, key)}"; ${hint}`);
                return [];
            }
            return [[key, pair.value]];
        });
    }
    string(node, where) {
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' && node.value.trim() !== '')
            return node.value.trim();
        this.problem(node, `${where} must be a non-empty string`);
        return undefined;
    }
    strings(node, where) {
        if (!(0,dist/* isSeq */.oP)(node)) {
            this.problem(node, `${where} must be a list, e.g. [a, b]`);
            return [];
        }
        return node.items.flatMap((item) => this.string(item, `each of ${where}`) ?? []);
    }
    name(node, value, where) {
        if (value === undefined)
            return undefined;
        if (isName(value))
            return value;
        this.problem(node, `${where} ${JSON.stringify(value)} is not a valid name: ${NAME_RULE}`);
        return undefined;
    }
    pattern(node, where) {
        const text = this.string(node, where);
        if (text === undefined)
            return undefined;
        const problem = patternProblem(text);
        if (!problem)
            return compilePattern(text);
        this.problem(node, `${where} ${JSON.stringify(text)} ${problem}`);
        return undefined;
    }
    root(node, where) {
        const text = this.string(node, where);
        if (text === undefined)
            return undefined;
        const root = text.replace(/^\.\/+/, '').replace(/\/+$/, '') || '.';
        const parts = root.split('/');
        if (!root.startsWith('/') && !parts.some((part) => part === '..' || part === ''))
            return root;
        this.problem(node, `${where} ${JSON.stringify(text)} must be a folder inside the repository`);
        return undefined;
    }
}
const config_join = (where, key) => (where ? `${where}.${key}` : key);
function readEnvironments(reader, node) {
    const names = reader.strings(node, 'environments');
    const valid = names.flatMap((name) => reader.name(node, name, 'environment') ?? []);
    const repeated = valid.filter((name, index) => valid.indexOf(name) !== index);
    if (repeated.length)
        reader.problem(node, `environments lists ${repeated[0]} twice`);
    return valid;
}
function readInfrastructure(reader, node) {
    const result = {
        root: DEFAULTS.infrastructure.root,
        environments: compilePattern(DEFAULTS.infrastructure.environments),
        shared: [...DEFAULTS.infrastructure.shared],
    };
    for (const [key, value] of reader.pairs(node, 'infrastructure', SHAPE.infrastructure ?? [])) {
        const where = `infrastructure.${key}`;
        reader.explicit.add(where);
        if (key === 'root')
            result.root = reader.root(value, where) ?? result.root;
        if (key === 'environments')
            result.environments = reader.pattern(value, where) ?? result.environments;
        if (key === 'shared')
            result.shared = reader
                .strings(value, where)
                .flatMap((n) => reader.name(value, n, where) ?? []);
    }
    return result;
}
function readK8s(reader, node) {
    const result = {
        root: DEFAULTS.k8s.root,
        overlays: compilePattern(DEFAULTS.k8s.overlays),
        clusters: compilePattern(DEFAULTS.k8s.clusters),
    };
    for (const [key, value] of reader.pairs(node, 'k8s', SHAPE.k8s ?? [])) {
        const where = `k8s.${key}`;
        reader.explicit.add(where);
        if (key === 'root')
            result.root = reader.root(value, where) ?? result.root;
        if (key === 'overlays')
            result.overlays = reader.pattern(value, where) ?? result.overlays;
        if (key === 'clusters')
            result.clusters = reader.pattern(value, where) ?? result.clusters;
    }
    return result;
}
function readApps(reader, node) {
    if (node === null || node === undefined)
        return [];
    if (!(0,dist/* isMap */.jh)(node)) {
        reader.problem(node, 'apps must be a mapping of app name to its settings');
        return [];
    }
    return node.items.flatMap((pair) => {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        const name = reader.name(pair.key, key, 'app');
        if (name === undefined)
            return [];
        const app = { name, statusContexts: [] };
        for (const [field, value] of reader.pairs(pair.value, `apps.${name}`, SHAPE.app ?? [])) {
            if (field === 'image') {
                const image = reader.string(value, `apps.${name}.image`);
                if (image !== undefined)
                    app.image = image;
            }
            if (field === 'status-contexts')
                app.statusContexts = reader.strings(value, `apps.${name}.status-contexts`);
            if (field === 'overlays') {
                const pattern = reader.pattern(value, `apps.${name}.overlays`);
                if (pattern)
                    app.overlays = pattern;
            }
        }
        return [app];
    });
}
function located(file, counter, problem) {
    const offset = problem.node?.range?.[0];
    if (offset === undefined)
        return `${file}: ${problem.message}`;
    const { line, col } = counter.linePos(offset);
    return `${file}:${line}:${col}: ${problem.message}`;
}
/**
 * Parses and validates infra-fleet.yaml. Every problem is reported at once, each at its
 * file:line:column; nothing is guessed.
 */
function parseFleetConfig(text, file = DEFAULT_CONFIG_FILE) {
    const counter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter: counter, uniqueKeys: true });
    if (document.errors.length > 0) {
        const first = document.errors[0];
        const { line, col } = counter.linePos(first?.pos[0] ?? 0);
        throw new FleetConfigError(`${file}:${line}:${col}: not valid YAML: ${first?.message.split('\n')[0]}`);
    }
    const reader = new Reader();
    const config = defaultFleetConfig();
    for (const [key, value] of reader.pairs(document.contents, '', SHAPE[''] ?? [])) {
        if (key === 'environments') {
            config.environments = readEnvironments(reader, value);
            reader.explicit.add('environments');
        }
        if (key === 'infrastructure')
            config.infrastructure = readInfrastructure(reader, value);
        if (key === 'k8s')
            config.k8s = readK8s(reader, value);
        if (key === 'apps')
            config.apps = readApps(reader, value);
        if (key === 'github-environments')
            config.githubEnvironments = readGitHubEnvironments(reader, value);
    }
    if (reader.problems.length > 0) {
        const lines = reader.problems.map((problem) => located(file, counter, problem));
        throw new FleetConfigError(lines.join('\n'), 'Fix infra-fleet.yaml (its JSON Schema, infra-fleet.schema.json, lets editors check it as you type).');
    }
    return { ...config, file, explicit: reader.explicit };
}
function defaultFleetConfig() {
    return {
        infrastructure: {
            root: DEFAULTS.infrastructure.root,
            environments: compilePattern(DEFAULTS.infrastructure.environments),
            shared: [...DEFAULTS.infrastructure.shared],
        },
        k8s: {
            root: DEFAULTS.k8s.root,
            overlays: compilePattern(DEFAULTS.k8s.overlays),
            clusters: compilePattern(DEFAULTS.k8s.clusters),
        },
        apps: [],
        githubEnvironments: [],
        explicit: new Set(),
    };
}

;// CONCATENATED MODULE: ./packages/fleet/src/load.ts

/** Larger than any sensible fleet description; a bigger file is refused, not parsed. */
const CONFIG_MAX_BYTES = 256 * 1024;
/** Reads infra-fleet.yaml; without one, the defaults (infra-fleet's own layout) hold. */
async function loadFleetConfig(source) {
    const text = await source.read(source.path);
    if (text === undefined) {
        if (!source.explicit)
            return defaultFleetConfig();
        throw new FleetConfigError(`Config file ${JSON.stringify(source.path)} does not exist (or is not a regular file).`, 'Create it at that path, or leave the config input empty to use infra-fleet.yaml at the repository root.');
    }
    if (Buffer.byteLength(text) > CONFIG_MAX_BYTES) {
        throw new FleetConfigError(`${source.path} is larger than ${CONFIG_MAX_BYTES / 1024} KiB; it was not parsed.`, 'A fleet description is a few hundred lines at most: check that the config input names the right file.');
    }
    return parseFleetConfig(text, source.path);
}

;// CONCATENATED MODULE: ./packages/fleet/src/resolve.ts



/** The context Flux's notification-controller posts for an app's Kustomization (see k8s/clusters). */
const DEFAULT_STATUS_CONTEXT = 'flux/{env}/kustomization/{app}';
const where = (config) => config.file ?? 'the defaults (no infra-fleet.yaml)';
function findApp(config, name) {
    const app = config.apps.find((candidate) => candidate.name === name);
    if (app)
        return app;
    const known = config.apps.map((candidate) => candidate.name);
    const guess = didYouMean(name, known);
    throw new FleetConfigError(`App ${JSON.stringify(name)} is not declared in ${where(config)}${known.length ? ` (apps: ${known.join(', ')})` : ''}.`, guess
        ? `Did you mean "${guess}"?`
        : `Add it under apps: in infra-fleet.yaml, e.g.\n  apps:\n    ${name}:\n      image: <the overlay's images[].name>`);
}
/** The overlay pattern of `app`: its own, else k8s.overlays. */
function overlayPattern(config, app) {
    const own = app === undefined ? undefined : config.apps.find((a) => a.name === app)?.overlays;
    return own ?? config.k8s.overlays;
}
/** The overlay folder of `env` (and `app`), from k8s.root and the app's or k8s's overlays. */
function overlayFolder(config, env, app) {
    const { root } = config.k8s;
    const overlays = overlayPattern(config, app);
    if (hasApp(overlays) && app === undefined) {
        throw new FleetConfigError(`k8s.overlays ${JSON.stringify(overlays.text)} has one overlay per app; name the app.`, 'Set the app input (or pass overlay directly).');
    }
    if (overlays.segments.some((segment) => segment.kind === 'any')) {
        throw new FleetConfigError(`k8s.overlays ${JSON.stringify(overlays.text)} holds "*", so it names no single overlay for ${env}.`, 'Pass the overlay input, or write the pattern without "*".');
    }
    return expandPattern(overlays, root, { env, ...(app !== undefined && { app }) });
}
function fill(text, env, app) {
    return text.replaceAll('{env}', env).replaceAll('{app}', app);
}
/** The commit status contexts that say `app` is applied in `env`. */
function statusContexts(config, env, app) {
    const declared = findApp(config, app).statusContexts;
    const contexts = declared.length > 0 ? declared : [DEFAULT_STATUS_CONTEXT];
    return contexts.map((context) => fill(context, env, app));
}
/** Environments in promotion order: as declared, else in name order. */
function environmentOrder(config, discovered) {
    if (config.environments)
        return [...config.environments];
    return [...new Set(discovered)].sort((a, b) => a.localeCompare(b));
}

;// CONCATENATED MODULE: ./actions/bump-overlay-tag/src/fleet-target.ts


async function fleetAt(store, tip, target) {
    try {
        return await loadFleetConfig({ ...target.config, read: (path) => store.readFile(tip, path) });
    }
    catch (error) {
        if (!(error instanceof FleetConfigError))
            throw error;
        throw new errors/* ActionError */.l(error.message, error.hint === undefined ? {} : { hint: error.hint });
    }
}
function appImage(fleet, app) {
    const image = findApp(fleet, app).image;
    if (image !== undefined)
        return image;
    throw new errors/* ActionError */.l(`App "${app}" declares no image in ${fleet.file ?? 'infra-fleet.yaml'}.`, {
        hint: `Add image: <the overlay's images[].name> under apps.${app}, or pass the image input.`,
    });
}
function resolved(work) {
    try {
        return work();
    }
    catch (error) {
        if (!(error instanceof FleetConfigError))
            throw error;
        throw new errors/* ActionError */.l(error.message, error.hint === undefined ? {} : { hint: error.hint });
    }
}
/**
 * Settings with the overlay (and promote-from) paths and the app's image filled in from
 * infra-fleet.yaml, read at the branch tip the change will land on. Path inputs pass through.
 */
async function resolveFleetTarget(settings, store) {
    const target = settings.fleetTarget;
    if (!target)
        return settings;
    const fleet = await fleetAt(store, await store.readTip(), target);
    return resolved(() => {
        const { environment, app, promoteFromEnvironment, appImageValues } = target;
        const overlay = environment === undefined ? settings.overlay : overlayFolder(fleet, environment, app);
        const promoteFrom = promoteFromEnvironment === undefined
            ? settings.promoteFrom
            : { ...settings.promoteFrom, overlay: overlayFolder(fleet, promoteFromEnvironment, app) };
        const requests = app !== undefined && appImageValues !== undefined
            ? [{ name: appImage(fleet, app), ...appImageValues }]
            : settings.requests;
        return { ...settings, overlay, requests, ...(promoteFrom && { promoteFrom }) };
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./packages/git/src/errors.ts
/** A git command that failed; the message says what was attempted and git's own reason. */
class GitError extends Error {
    args;
    exitCode;
    stderr;
    constructor(message, details) {
        super(message);
        this.name = 'GitError';
        this.args = details.args;
        this.exitCode = details.exitCode;
        this.stderr = details.stderr;
    }
}
/** The last meaningful stderr lines, for messages: hints are noise, `remote:` lines are the reason. */
function stderrReason(stderr) {
    const lines = stderr
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('hint:'));
    return lines.slice(-6).join('\n');
}
function commandFailed(details) {
    const reason = stderrReason(details.stderr) || 'no error output';
    const code = details.exitCode === null ? 'was killed' : `exited with ${details.exitCode}`;
    return new GitError(`git ${details.args.join(' ')} ${code}: ${reason}`, details);
}

;// CONCATENATED MODULE: ./packages/git/src/blob-reader.ts

/**
 * One `git cat-file --batch`: objects as stored (no filters, no textconv), by any name git
 * resolves (`<sha>`, `<ref>^{commit}`, `<rev>^{tree}`), answered in order; undefined for a
 * name that resolves to nothing. The process keeps Node alive only while a read is pending.
 */
class ObjectReader {
    options;
    child;
    queue = [];
    unsent = [];
    chunks = [];
    length = 0;
    /** Bytes the answer at the front needs, once its header is known. */
    needed = 0;
    failure;
    closed = false;
    idleTimer;
    /** closeAfterIdleMs: end the process once no read has been pending that long. */
    constructor(git, options = {}) {
        this.options = options;
        this.child = git.spawn(['cat-file', '--batch']);
        this.child.stdout.on('data', (chunk) => this.receive(chunk));
        this.child.on('error', (error) => this.fail(error));
        this.child.on('close', (code) => this.fail(new Error(`exited with ${code}`)));
        this.child.stdin.on('error', (error) => this.fail(error));
        this.idle(true);
    }
    /** False once closed or failed: a new reader is needed. */
    get usable() {
        return !this.closed && !this.failure;
    }
    read(name) {
        if (this.failure)
            return Promise.reject(this.failure);
        if (this.closed)
            return Promise.reject(new Error('git cat-file --batch was closed'));
        // One name per line: a name that could break the protocol is never sent.
        if (name === '' || [...name].some((ch) => ch.charCodeAt(0) < 0x20 || ch === '\u007f'))
            return Promise.reject(new Error(`not an object name: ${JSON.stringify(name)}`));
        return new Promise((resolve, reject) => {
            this.queue.push({ resolve, reject });
            if (this.queue.length === 1)
                this.idle(false);
            this.request(name);
        });
    }
    /** Requests made in one tick go to git in one write: a write per blob costs more than git. */
    request(oid) {
        this.unsent.push(oid);
        if (this.unsent.length > 1)
            return;
        process.nextTick(() => {
            const lines = this.unsent.splice(0).map((line) => `${line}\n`);
            this.child.stdin.write(lines.join(''));
        });
    }
    close() {
        this.closed = true;
        this.child.stdin.end();
        this.idle(true);
    }
    /** An idle reader must not keep Node alive; a busy one must. */
    idle(idle) {
        const { child } = this;
        const handles = [child, child.stdout, child.stdin, child.stderr];
        for (const handle of handles)
            if (idle)
                handle.unref();
            else
                handle.ref();
        clearTimeout(this.idleTimer);
        const after = this.options.closeAfterIdleMs;
        if (idle && after !== undefined && !this.closed)
            this.idleTimer = setTimeout(() => this.close(), after).unref();
    }
    receive(chunk) {
        this.chunks.push(chunk);
        this.length += chunk.length;
        if (this.length < this.needed)
            return;
        for (let answer = this.next(); answer !== undefined; answer = this.next()) {
            const pending = this.queue.shift();
            if (answer instanceof Error)
                pending?.reject(answer);
            else
                pending?.resolve(answer ?? undefined);
            if (this.queue.length === 0)
                this.idle(true);
        }
    }
    /** Joins the received chunks only when an answer may be complete: no quadratic copying. */
    joined() {
        if (this.chunks.length > 1)
            this.chunks = [Buffer.concat(this.chunks, this.length)];
        return this.chunks[0] ?? Buffer.alloc(0);
    }
    consume(bytes) {
        const rest = this.joined().subarray(bytes);
        this.chunks = rest.length > 0 ? [rest] : [];
        this.length = rest.length;
    }
    /**
     * Takes one complete answer off the buffer: the object, null for a missing one, or an error
     * (an ambiguous name); undefined while the answer is incomplete.
     */
    next() {
        const buffer = this.joined();
        const newline = buffer.indexOf(0x0a);
        if (newline < 0 || this.queue.length === 0)
            return undefined;
        const header = buffer.subarray(0, newline).toString('utf8');
        const match = /^([0-9a-f]{40,64}) (blob|tree|commit|tag) (\d+)$/.exec(header);
        if (!match) {
            this.consume(newline + 1);
            return / missing$/.test(header) ? null : new Error(`git cat-file --batch: ${header}`);
        }
        const end = newline + 1 + Number(match[3]);
        this.needed = end + 1;
        if (buffer.length < this.needed)
            return undefined;
        const bytes = Buffer.from(buffer.subarray(newline + 1, end));
        this.needed = 0;
        this.consume(end + 1);
        return { oid: match[1] ?? '', type: match[2], bytes };
    }
    fail(cause) {
        // A reader ended on purpose exits with nothing pending: that is no failure.
        if (this.closed && this.queue.length === 0)
            return;
        const args = ['cat-file', '--batch'];
        const message = `git cat-file --batch failed: ${cause.message}`;
        this.failure ??= new GitError(message, { args, exitCode: null, stderr: '' });
        for (const pending of this.queue.splice(0))
            pending.reject(this.failure);
        this.idle(true);
    }
}
/** Blobs only: any other object, or none, is an error naming the oid. */
class BlobReader {
    objects;
    constructor(git) {
        this.objects = new ObjectReader(git);
    }
    async read(oid) {
        const object = await this.objects.read(oid);
        if (!object)
            throw new Error(`git cat-file --batch: ${oid} missing`);
        if (object.type !== 'blob')
            throw new Error(`${oid} is a ${object.type}, not a blob`);
        return object.bytes;
    }
    close() {
        this.objects.close();
    }
}

;// CONCATENATED MODULE: ./packages/git/src/refs.ts
/** Pure validation of the names and paths this adapter hands to git. */
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function assertSha(value, what = 'commit') {
    if (!FULL_SHA.test(value)) {
        throw new Error(`${what} '${value}' is not a full object id (40 or 64 lowercase hex digits)`);
    }
    return value;
}
function refNameProblem(name) {
    if (name === '' || name === '@')
        return 'it is empty or "@"';
    if (name.startsWith('-'))
        return 'it starts with "-"';
    const control = [...name].some((char) => char.charCodeAt(0) <= 0x20 || char === '\x7f');
    if (control || /[~^:?*[\\]/.test(name)) {
        return 'it contains a space, control character or one of ~^:?*[\\';
    }
    if (name.includes('..') || name.includes('@{'))
        return 'it contains ".." or "@{"';
    const parts = name.split('/');
    if (parts.some((part) => part === '' || part.startsWith('.') || part.endsWith('.lock'))) {
        return 'a component is empty, starts with "." or ends with ".lock"';
    }
    if (name.endsWith('.'))
        return 'it ends with "."';
    return undefined;
}
/** A branch name as git check-ref-format would accept it (short form, without refs/heads/). */
function assertBranchName(branch) {
    const problem = refNameProblem(branch);
    if (problem)
        throw new Error(`branch name '${branch}' is not a valid git branch: ${problem}`);
    if (branch.startsWith('refs/')) {
        throw new Error(`branch name '${branch}' must be the short name, e.g. 'main', not a full ref`);
    }
    return branch;
}
/** True when `remote` can be a remote's name (so refs/remotes/<remote>/... is a valid ref). */
function isRemoteName(remote) {
    return !remote.includes('/') && !remote.includes(':') && refNameProblem(remote) === undefined;
}
/**
 * A repository-relative path in git's form: forward slashes, no leading "./" or "/", no "..".
 * '' and '.' mean the root.
 */
function normalizeRepoPath(path) {
    const parts = path.split('/').filter((part) => part !== '' && part !== '.');
    if (path.startsWith('/'))
        throw new Error(`path '${path}' must be relative to the repository root`);
    if (parts.includes('..') || path.includes('\\') || path.includes('\0')) {
        throw new Error(`path '${path}' must stay inside the repository and use forward slashes (no "..", "\\" or NUL)`);
    }
    return parts.join('/');
}
/** 'a/b/c' -> ['a', 'a/b', 'a/b/c'] */
function pathPrefixes(path) {
    const parts = path.split('/');
    return parts.map((_, index) => parts.slice(0, index + 1).join('/'));
}

;// CONCATENATED MODULE: ./packages/git/src/tree.ts

const SYMLINK_MODE = '120000';
/** Parses `git ls-tree -z` output: `<mode> SP <type> SP <oid> TAB <name> NUL`. */
function parseLsTree(output) {
    return output
        .split('\0')
        .filter((record) => record !== '')
        .map((record) => {
        const match = /^(\d{6}) (blob|tree|commit) ([0-9a-f]+)\t([\s\S]*)$/.exec(record);
        if (!match)
            throw new Error(`unexpected git ls-tree output: ${JSON.stringify(record)}`);
        const [, mode = '', type = '', oid = '', name = ''] = match;
        return { mode, type: type, oid, name };
    });
}
/**
 * Given the entries `ls-tree -t` found for every prefix of `path`, finds `path` itself.
 * A symlink on the way is reported, not followed: git stores the link, not what it points to.
 */
function lookupPath(path, entries) {
    const byName = new Map(entries.map((entry) => [entry.name, entry]));
    const prefixes = pathPrefixes(path);
    for (const [index, prefix] of prefixes.entries()) {
        const entry = byName.get(prefix);
        if (!entry)
            return { kind: 'absent' };
        if (entry.mode === SYMLINK_MODE)
            return { kind: 'symlink', link: prefix };
        if (index === prefixes.length - 1)
            return { kind: 'found', entry };
        if (entry.type !== 'tree')
            return { kind: 'not-a-directory', blocker: entry };
    }
    return { kind: 'absent' };
}
/**
 * Parses a tree object's bytes: `<mode> SP <name> NUL <raw oid>` per entry. `oidLength` is the
 * hex length of the repository's object names (40 for SHA-1, 64 for SHA-256).
 */
function parseTreeObject(bytes, oidLength) {
    const raw = oidLength / 2;
    const entries = [];
    let at = 0;
    while (at < bytes.length) {
        const space = bytes.indexOf(0x20, at);
        const nul = bytes.indexOf(0, space + 1);
        if (space < 0 || nul < 0 || nul + 1 + raw > bytes.length)
            throw new Error(`malformed tree object at byte ${at}`);
        const mode = bytes.subarray(at, space).toString('latin1').padStart(6, '0');
        const name = bytes.subarray(space + 1, nul).toString('utf8');
        const oid = bytes.subarray(nul + 1, nul + 1 + raw).toString('hex');
        entries.push({ mode, type: typeOfMode(mode), oid, name });
        at = nul + 1 + raw;
    }
    return entries;
}
function typeOfMode(mode) {
    if (mode === '040000')
        return 'tree';
    return mode === '160000' ? 'commit' : 'blob';
}

;// CONCATENATED MODULE: ./packages/git/src/export.ts





const fileMode = (entry) => (entry.mode === '100755' ? 0o755 : 0o644);
/** Files written at once: enough to keep cat-file busy, few enough for any open-file limit. */
const BATCH = 64;
/**
 * Writes blob entries under `dir` with the bytes git stores: checkout-index would run the
 * filters and attributes the checkout names. Regular files first, symlinks last, so no file is
 * ever written through a link (a crafted tree may hold a link and a folder of the same name).
 */
async function writeEntries(git, dir, entries) {
    const reader = new BlobReader(git);
    const target = (entry) => (0,external_node_path_.join)(dir, ...normalizeRepoPath(entry.name).split('/'));
    try {
        const files = entries.filter((entry) => entry.mode !== SYMLINK_MODE);
        const write = async (entry) => {
            const [bytes] = await Promise.all([
                reader.read(entry.oid),
                (0,promises_.mkdir)((0,external_node_path_.dirname)(target(entry)), { recursive: true }),
            ]);
            await (0,promises_.writeFile)(target(entry), bytes, { mode: fileMode(entry), flag: 'wx' });
        };
        for (let start = 0; start < files.length; start += BATCH)
            await Promise.all(files.slice(start, start + BATCH).map(write));
        for (const entry of entries.filter((e) => e.mode === SYMLINK_MODE)) {
            const link = (await reader.read(entry.oid)).toString('utf8');
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(target(entry)), { recursive: true });
            await (0,promises_.symlink)(link, target(entry));
        }
    }
    finally {
        reader.close();
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./packages/git/src/hardening.ts



/** The git subcommand of an argument list: its first word that is not an option. */
function subcommand(args) {
    return args.find((arg) => !arg.startsWith('-'));
}
/** `-c` entries that switch off everything a repository's config or .git could make git run. */
function hardenedConfig(command, transports = {}) {
    const file = command !== 'push' || transports.filePush === true;
    const entries = [
        ['core.hooksPath', '/dev/null'],
        ['core.fsmonitor', 'false'],
        ['core.sshCommand', 'false'],
        ['core.askPass', ''],
        // Run for an alternate object store on every fetch; `true` lists no alternate refs.
        ['core.alternateRefsCommand', 'true'],
        // An empty value empties the helper list, URL-specific helpers included.
        ['credential.helper', ''],
        ['commit.gpgSign', 'false'],
        ['push.gpgSign', 'false'],
        ['fetch.recurseSubmodules', 'false'],
        ['push.recurseSubmodules', 'no'],
        ['submodule.recurse', 'false'],
        ['gc.auto', '0'],
        ['maintenance.auto', 'false'],
        // Ownership guards against a hostile config; none of its executable parts is obeyed here.
        ['safe.directory', '*'],
        ['protocol.allow', 'never'],
        ['protocol.https.allow', 'always'],
        ['protocol.http.allow', transports.http ? 'always' : 'never'],
        ['protocol.file.allow', file ? 'always' : 'never'],
        ['protocol.ext.allow', 'never'],
    ];
    return entries;
}
/**
 * Pins the programs a local transport would start: `remote.<name>.uploadpack`/`receivepack`
 * from the repository's config run through a shell.
 */
function pinnedTransportArgs(command) {
    if (command === 'fetch')
        return ['--upload-pack=git-upload-pack'];
    if (command === 'push')
        return ['--receive-pack=git-receive-pack'];
    return [];
}
/** The full argument list: hardening config first, transport programs pinned after the verb. */
function hardenedArgs(args, transports = {}) {
    const command = subcommand(args);
    const config = hardenedConfig(command, transports).flatMap(([key, value]) => [
        '-c',
        `${key}=${value}`,
    ]);
    const at = command === undefined ? -1 : args.indexOf(command);
    if (at < 0)
        return [...config, ...args];
    const pinned = pinnedTransportArgs(command);
    return [...config, ...args.slice(0, at + 1), ...pinned, ...args.slice(at + 1)];
}
/** Variables git may need from the runner: the search path, temp files, proxies, CA bundles. */
const PASSED_THROUGH = [
    'PATH',
    'TMPDIR',
    'http_proxy',
    'https_proxy',
    'no_proxy',
    'all_proxy',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'ALL_PROXY',
    'GIT_SSL_CAINFO',
    'GIT_SSL_CAPATH',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'SYSTEMROOT',
    'WINDIR',
];
/**
 * Set last, over anything a caller passes: no system or global config or attributes, no
 * prompts, C locale so the output we parse is never translated.
 */
function forcedEnv() {
    return {
        HOME: emptyHome(),
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_ATTR_NOSYSTEM: '1',
        GIT_TERMINAL_PROMPT: '0',
        LANG: 'C',
        LC_ALL: 'C',
    };
}
/** The part of `env` git may see; INPUT_*, ACTIONS_*, GITHUB_TOKEN and the rest stay behind. */
function baseEnv(env) {
    const kept = {};
    for (const name of PASSED_THROUGH) {
        const value = env[name];
        if (value !== undefined)
            kept[name] = value;
    }
    return kept;
}
let home;
/** One empty HOME per process, removed at exit: git finds no user config, hooks or credentials. */
function emptyHome() {
    if (home !== undefined)
        return home;
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'infra-fleet-git-home-'));
    process.once('exit', () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true }));
    home = dir;
    return dir;
}

;// CONCATENATED MODULE: ./packages/git/src/process.ts

/** Runs a program with an argument array (never a shell) and collects its output. */
function runProcess(request) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(request.file, request.args, {
            cwd: request.cwd,
            env: request.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            windowsHide: true,
        });
        const stdout = [];
        const stderr = [];
        let settled = false;
        const finish = (exitCode, spawnError) => {
            if (settled)
                return;
            settled = true;
            const out = Buffer.concat(stdout).toString('utf8');
            const err = Buffer.concat(stderr).toString('utf8');
            resolve({ stdout: out, stderr: err, exitCode, ...(spawnError && { spawnError }) });
        };
        child.stdout.on('data', (chunk) => stdout.push(chunk));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        child.on('error', (error) => finish(null, error));
        // A child that exits before reading stdin raises EPIPE; its exit code tells the story.
        child.stdin.on('error', () => undefined);
        child.stdin.end(request.input ?? '');
        child.on('close', (code) => finish(code));
    });
}
/** process.env plus overrides; `undefined` removes a variable. */
function mergeEnv(...layers) {
    const merged = {};
    for (const layer of layers)
        Object.assign(merged, layer);
    const result = {};
    for (const [key, value] of Object.entries(merged))
        if (value !== undefined)
            result[key] = value;
    return result;
}

;// CONCATENATED MODULE: ./packages/git/src/push-status.ts
/** Parses `git push --porcelain` ref lines: `<flag> TAB <from>:<to> TAB <summary> (<reason>)`. */
function parsePushPorcelain(stdout) {
    const refs = [];
    for (const line of stdout.split(/\r?\n/)) {
        const match = /^([ +\-*=!])\t([^\t]*)\t(.*)$/.exec(line);
        if (!match)
            continue;
        const [, flag = '', refspec = '', rest = ''] = match;
        const reason = /\(([^)]*)\)\s*$/.exec(rest)?.[1] ?? '';
        refs.push({ flag, refspec, summary: rest.replace(/\s*\([^)]*\)\s*$/, ''), reason });
    }
    return refs;
}
/** Rejections that mean "someone else moved the branch first": re-read and try again. */
const RACE_REASONS = [/non-fast-forward/, /fetch first/, /stale info/];
/** A server-side ref update that lost a race inside the remote (ref lock or old-value check). */
const REMOTE_RACE = [/failed to update ref/, /cannot lock ref/, /incorrect old value/];
/** Decides what a push attempt means for the compare-and-swap loop. */
function classifyPush(ref, stderrReason) {
    if (!ref)
        return { status: 'failed', reason: stderrReason || 'git push reported no status for the ref' };
    if (ref.flag !== '!')
        return { status: 'pushed' };
    const detail = [`${ref.summary} (${ref.reason})`, stderrReason].filter(Boolean).join('\n');
    const rejected = ref.summary === '[rejected]' && RACE_REASONS.some((re) => re.test(ref.reason));
    const remoteRace = ref.summary === '[remote rejected]' && REMOTE_RACE.some((re) => re.test(ref.reason));
    if (rejected || remoteRace)
        return { status: 'stale', detail };
    return { status: 'failed', reason: detail };
}

;// CONCATENATED MODULE: ./packages/git/src/tree-writer.ts


const ARGS = ['mktree', '--batch', '-z'];
/** One `git mktree --batch -z`: trees written one at a time, each answered with its oid. */
class TreeMaker {
    child;
    waiting = [];
    stdout = '';
    stderr = '';
    failure;
    constructor(child) {
        this.child = child;
        child.stdout.setEncoding('utf8').on('data', (text) => this.receive(text));
        child.stderr.setEncoding('utf8').on('data', (text) => (this.stderr += text));
        child.on('error', (error) => this.fail(error.message, null));
        child.on('close', (code) => this.fail(`exited with ${code}`, code));
        child.stdin.on('error', (error) => this.fail(error.message, null));
    }
    write(entries) {
        if (this.failure)
            return Promise.reject(this.failure);
        const records = entries.map((e) => `${e.mode} ${e.type} ${e.oid}\t${e.name}\0`).join('');
        return new Promise((resolve, reject) => {
            this.waiting.push({ resolve, reject });
            this.child.stdin.write(`${records}\0`);
        });
    }
    end() {
        this.child.stdin.end();
    }
    receive(text) {
        this.stdout += text;
        for (let newline = this.stdout.indexOf('\n'); newline >= 0;) {
            const line = this.stdout.slice(0, newline).trim();
            this.stdout = this.stdout.slice(newline + 1);
            this.waiting.shift()?.resolve(line);
            newline = this.stdout.indexOf('\n');
        }
    }
    fail(cause, exitCode) {
        if (this.waiting.length === 0)
            return;
        const detail = this.stderr.trim() || cause;
        this.failure ??= new GitError(`git mktree failed: ${detail}`, {
            args: ARGS,
            exitCode,
            stderr: this.stderr,
        });
        for (const pending of this.waiting.splice(0))
            pending.reject(this.failure);
    }
}
/** A path written twice in one commit is a caller bug. */
function assertDistinct(entries) {
    const seen = new Set();
    for (const { path } of entries) {
        if (seen.has(path))
            throw new Error(`'${path}' is listed twice; write each file once per commit`);
        seen.add(path);
    }
}
/** The tree `tree` with `changes` applied (paths relative to it), written bottom-up. */
async function rewrite(objects, maker, tree, changes) {
    const current = tree === undefined ? undefined : await objects.read(tree);
    if (tree !== undefined && current?.type !== 'tree')
        throw new Error(`${tree} is not a tree object`);
    const entries = new Map();
    for (const entry of current ? parseTreeObject(current.bytes, current.oid.length) : [])
        entries.set(entry.name, entry);
    const below = new Map();
    for (const change of changes) {
        const slash = change.path.indexOf('/');
        if (slash < 0) {
            entries.set(change.path, {
                mode: change.mode,
                type: 'blob',
                oid: change.oid,
                name: change.path,
            });
            continue;
        }
        const folder = change.path.slice(0, slash);
        const rest = { ...change, path: change.path.slice(slash + 1) };
        below.set(folder, [...(below.get(folder) ?? []), rest]);
    }
    for (const [folder, nested] of below) {
        const existing = entries.get(folder);
        const subtree = existing?.type === 'tree' ? existing.oid : undefined;
        const oid = await rewrite(objects, maker, subtree, nested);
        entries.set(folder, { mode: '040000', type: 'tree', oid, name: folder });
    }
    return maker.write([...entries.values()]);
}
/**
 * Writes the tree `base` with `changes` through one `git mktree --batch`: only the trees on
 * the changed paths are written, without an index (the worktree and the real index are
 * untouched, and no scratch index file is needed).
 */
async function writeTreeWith(spawnGit, objects, base, changes) {
    assertDistinct(changes);
    const maker = new TreeMaker(spawnGit(ARGS));
    try {
        return await rewrite(objects, maker, base, changes);
    }
    finally {
        maker.end();
    }
}

;// CONCATENATED MODULE: ./packages/git/src/writes.ts
const WRITABLE_MODES = ['100644', '100755'];
function assertWritableMode(mode, path) {
    if (!WRITABLE_MODES.includes(mode)) {
        throw new Error(`cannot write '${path}' with mode ${mode}; use 100644 or 100755`);
    }
    return mode;
}
/** git would silently strip or reject these characters; fail with the value instead. */
function assertIdentity(identity) {
    for (const [field, value] of Object.entries(identity)) {
        if (typeof value !== 'string' || value.trim() === '' || /[<>\n\r\0]/.test(value)) {
            throw new Error(`git identity ${field} ${JSON.stringify(value)} must be non-empty without <, > or newlines`);
        }
    }
    return identity;
}

;// CONCATENATED MODULE: ./packages/git/src/git.ts











/** How reads are named in errors: they go through one long-lived `git cat-file --batch`. */
const READ_ARGS = ['cat-file', '--batch'];
/** Reads of one operation come in quick succession; an idle reader does not outlive it long. */
const IDLE_MS = 250;
/** A refusal decided from git's answers rather than by git itself. */
function refusal(message, args) {
    return new GitError(message, { args, exitCode: 0, stderr: '' });
}
/**
 * The git CLI behind one small interface. Reads and writes go through plumbing only, and every
 * command runs hardened against the checkout (see hardening.ts).
 */
class Git {
    cwd;
    env;
    gitPath;
    transports;
    shallow;
    reader;
    constructor(options) {
        this.cwd = options.cwd;
        this.env = options.env ?? {};
        this.gitPath = options.gitPath ?? 'git';
        this.transports = options.transports ?? {};
    }
    /** What git is started with: hardened arguments, and only the environment it needs. */
    invocation(args, env) {
        return {
            args: hardenedArgs(args, this.transports),
            env: mergeEnv(baseEnv(process.env), this.env, env, forcedEnv()),
        };
    }
    async run(args, options = {}) {
        const started = this.invocation(args, options.env);
        const request = { ...started, file: this.gitPath, cwd: this.cwd, input: options.input };
        const result = await runProcess(request);
        if (result.spawnError) {
            const message = `could not run '${this.gitPath}' in ${this.cwd}: ${result.spawnError.message}; ` +
                'install git or set gitPath, and check that the directory exists';
            throw new GitError(message, { args, exitCode: null, stderr: '' });
        }
        if (result.exitCode !== 0 && !options.allowFailure)
            throw commandFailed({ ...result, args });
        return { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode ?? -1 };
    }
    /** A long-lived git process (e.g. `cat-file --batch`), hardened as run() is. */
    spawn(args) {
        const started = this.invocation(args);
        return (0,external_node_child_process_namespaceObject.spawn)(this.gitPath, started.args, {
            cwd: this.cwd,
            env: started.env,
            windowsHide: true,
        });
    }
    async topLevel() {
        return (await this.run(['rev-parse', '--show-toplevel'])).stdout.trim();
    }
    /** Asked once per instance: fetching at depth 1 keeps a shallow clone shallow and vice versa. */
    isShallow() {
        this.shallow ??= this.run(['rev-parse', '--is-shallow-repository']).then((result) => result.stdout.trim() === 'true');
        return this.shallow;
    }
    async remoteUrl(remote) {
        return (await this.run(['remote', 'get-url', '--', remote])).stdout.trim();
    }
    async fetchBranch(remote, branch) {
        assertBranchName(branch);
        const tracking = isRemoteName(remote) ? `refs/remotes/${remote}/${branch}` : undefined;
        const refspec = `+refs/heads/${branch}${tracking ? `:${tracking}` : ''}`;
        const depth = (await this.isShallow()) ? ['--depth=1'] : [];
        const args = ['fetch', '--quiet', '--no-tags', ...depth, '--', remote, refspec];
        const result = await this.run(args, { allowFailure: true });
        if (result.exitCode !== 0 && /couldn't find remote ref/i.test(result.stderr)) {
            const message = `branch '${branch}' does not exist on remote '${remote}'; create it first or choose an existing branch`;
            throw new GitError(message, { args, exitCode: result.exitCode, stderr: result.stderr });
        }
        if (result.exitCode !== 0)
            throw commandFailed({ ...result, args });
        return this.revParse(tracking ?? 'FETCH_HEAD');
    }
    async revParse(rev) {
        const commit = await this.object(`${rev}^{commit}`);
        if (commit?.type === 'commit')
            return commit.oid;
        const message = `'${rev}' does not name a commit in ${this.cwd}; check the name or fetch it first`;
        throw new GitError(message, { args: READ_ARGS, exitCode: 0, stderr: '' });
    }
    /** The tree of a commit (or the tree a name resolves to). */
    async treeOf(rev) {
        return (await this.treeObject(`${rev}^{tree}`)).oid;
    }
    async listTree(rev, dir) {
        const path = normalizeRepoPath(dir);
        let name = `${rev}^{tree}`;
        if (path !== '') {
            const entry = await this.existing(rev, path, 'tree');
            if (!entry)
                return undefined;
            name = entry.oid;
        }
        return parseTreeObject(...(await this.tree(name)));
    }
    async readFile(rev, path) {
        const normalized = normalizeRepoPath(path);
        if (normalized === '')
            throw new Error(`readFile needs a file path, got '${path}'`);
        const entry = await this.existing(rev, normalized, 'blob');
        if (!entry)
            return undefined;
        const blob = await this.object(entry.oid);
        if (blob?.type !== 'blob')
            throw refusal(`${entry.oid} is not a blob`, READ_ARGS);
        const content = blob.bytes.toString('utf8');
        return { path: normalized, mode: entry.mode, oid: entry.oid, content };
    }
    async writeTree(baseCommit, files) {
        const base = await this.revParse(baseCommit);
        const entries = [];
        for (const file of files)
            entries.push(await this.writeBlob(base, file));
        const objects = { read: (name) => this.object(name) };
        return writeTreeWith((args) => this.spawn(args), objects, `${base}^{tree}`, entries);
    }
    /**
     * Writes every file of a tree (or commit) under `dir`, as stored: no checkout-index, so no
     * filter, attribute or hook of the checkout runs. The worktree and real index are untouched.
     */
    exportTree(treeish, dir) {
        return this.exportEntries(treeish, dir, () => true);
    }
    /** Writes only `paths` of a tree (or commit) under `dir`, as exportTree does; absent ones are skipped. */
    exportFiles(treeish, dir, paths) {
        const wanted = new Set(paths.map(normalizeRepoPath));
        return this.exportEntries(treeish, dir, (path) => wanted.has(path));
    }
    async exportEntries(treeish, dir, keep) {
        const args = ['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', treeish];
        const entries = parseLsTree((await this.run(args)).stdout);
        await writeEntries(this, dir, entries.filter((e) => e.type === 'blob' && keep(e.name)));
    }
    async commitTree(tree, parents, message, identity, date) {
        assertSha(tree, 'tree');
        const parentArgs = parents.flatMap((parent) => ['-p', assertSha(parent, 'parent')]);
        const env = identityEnv(assertIdentity(identity), date);
        const result = await this.run(['commit-tree', '--no-gpg-sign', tree, ...parentArgs, '-F', '-'], {
            env,
            input: message,
        });
        return result.stdout.trim();
    }
    async push(remote, sha, branch) {
        const ref = `refs/heads/${assertBranchName(branch)}`;
        const args = ['push', '--porcelain', '--', remote, `${assertSha(sha)}:${ref}`];
        const result = await this.run(args, { allowFailure: true });
        const status = parsePushPorcelain(result.stdout).find((line) => line.refspec.endsWith(`:${ref}`));
        const outcome = classifyPush(status, stderrReason(result.stderr));
        if (outcome.status !== 'failed')
            return outcome;
        const message = `git push of ${sha} to ${remote} ${ref} failed: ${outcome.reason}`;
        throw new GitError(message, { args, exitCode: result.exitCode, stderr: result.stderr });
    }
    /** The entry at rev:path when it exists and has the expected type; refuses symlinks. */
    async existing(rev, path, type) {
        const { lookup, args } = await this.lookup(rev, path);
        if (lookup.kind === 'symlink') {
            const why = `'${lookup.link}' is a symbolic link; refusing to follow it to '${path}'`;
            throw refusal(`${why} at ${rev} - use the real path`, args);
        }
        if (lookup.kind !== 'found')
            return undefined;
        if (lookup.entry.type !== type) {
            const wanted = type === 'blob' ? 'a file' : 'a directory';
            throw refusal(`'${path}' is a ${describe(lookup.entry)}, not ${wanted}, at ${rev}`, args);
        }
        return lookup.entry;
    }
    /**
     * An object by any name git resolves, through one `git cat-file --batch` shared by the reads
     * of this instance; it ends when idle, and the next read starts another.
     */
    object(name) {
        if (!this.reader?.usable)
            this.reader = new ObjectReader(this, { closeAfterIdleMs: IDLE_MS });
        return this.reader.read(name);
    }
    async treeObject(name) {
        const tree = await this.object(name);
        if (tree?.type === 'tree')
            return tree;
        const message = `'${name}' does not name a tree in ${this.cwd}; check the name or fetch it first`;
        throw new GitError(message, { args: READ_ARGS, exitCode: 0, stderr: '' });
    }
    /** A tree's bytes and the length of the repository's object names, for parseTreeObject. */
    async tree(name) {
        const tree = await this.treeObject(name);
        return [tree.bytes, tree.oid.length];
    }
    /** The entries of every prefix of `path` at `rev`, walked tree by tree; symlinks are not followed. */
    async lookup(rev, path) {
        const names = path.split('/');
        const prefixes = pathPrefixes(path);
        const entries = [];
        let tree = await this.tree(`${rev}^{tree}`);
        for (const [index, name] of names.entries()) {
            const entry = parseTreeObject(...tree).find((candidate) => candidate.name === name);
            if (!entry)
                break;
            entries.push({ ...entry, name: prefixes[index] ?? name });
            const last = index === names.length - 1;
            if (last || entry.type !== 'tree' || entry.mode === SYMLINK_MODE)
                break;
            tree = await this.tree(entry.oid);
        }
        return { lookup: lookupPath(path, entries), args: READ_ARGS };
    }
    /** Stores one file's bytes as a blob, keeping the mode it had at `base` unless told otherwise. */
    async writeBlob(base, file) {
        const path = normalizeRepoPath(file.path);
        if (path === '')
            throw new Error(`cannot write '${file.path}': it names no file`);
        const { lookup, args } = await this.lookup(base, path);
        const problem = writeProblem(lookup);
        if (problem)
            throw refusal(`cannot write '${path}': ${problem} at ${base}`, args);
        const existingMode = lookup.kind === 'found' ? lookup.entry.mode : undefined;
        const mode = assertWritableMode(file.mode ?? existingMode ?? '100644', path);
        const hash = await this.run(['hash-object', '-w', '--no-filters', '--stdin'], {
            input: file.content,
        });
        return { mode, oid: hash.stdout.trim(), path };
    }
}
function describe(entry) {
    if (entry.type === 'tree')
        return 'directory';
    return entry.type === 'commit' ? 'submodule' : 'file';
}
/** Why a blob cannot be written where `lookup` points, if it cannot. */
function writeProblem(lookup) {
    if (lookup.kind === 'symlink')
        return `'${lookup.link}' is a symbolic link`;
    if (lookup.kind === 'not-a-directory') {
        return `'${lookup.blocker.name}' is a ${describe(lookup.blocker)}`;
    }
    if (lookup.kind === 'found' && lookup.entry.type !== 'blob') {
        return `it is a ${describe(lookup.entry)}`;
    }
    return undefined;
}
function identityEnv(identity, date) {
    const env = {
        GIT_AUTHOR_NAME: identity.name,
        GIT_AUTHOR_EMAIL: identity.email,
        GIT_COMMITTER_NAME: identity.name,
        GIT_COMMITTER_EMAIL: identity.email,
    };
    if (date !== undefined)
        Object.assign(env, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
    return env;
}

;// CONCATENATED MODULE: ./packages/git/src/checkout-location.ts


/** True when `path` is `root` or inside it; both absolute real paths. */
function isInside(root, path) {
    const rest = (0,external_node_path_.relative)(root, path);
    return rest !== '..' && !rest.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(rest);
}
/** The real path of `path`, or undefined when nothing is there. */
function realPath(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return undefined;
    }
}
const isDirectory = (path) => statSync(path, { throwIfNoEntry: false })?.isDirectory();
/** git's validate_headref: a symlink into refs/, `ref: refs/...`, or an object id. */
function validHead(gitDir) {
    const head = join(gitDir, 'HEAD');
    const stats = lstatSync(head, { throwIfNoEntry: false });
    if (stats?.isSymbolicLink())
        return readlinkSync(head).startsWith('refs/');
    if (!stats?.isFile())
        return false;
    const text = readFileSync(head, 'utf8').slice(0, 256);
    return /^ref:\s*refs\//.test(text) || /^(?:[0-9a-f]{40}|[0-9a-f]{64})/.test(text);
}
/** The common directory a (worktree) git directory names in `commondir`, else itself. */
function commonDirOf(gitDir) {
    const file = join(gitDir, 'commondir');
    if (!existsSync(file))
        return gitDir;
    return resolve(gitDir, readFileSync(file, 'utf8').trim());
}
/** git's is_git_directory: a valid HEAD, and objects/ and refs/ in the common directory. */
function isGitDirectory(path) {
    if (!isDirectory(path) || !validHead(path))
        return false;
    const common = commonDirOf(path);
    return !!isDirectory(join(common, 'objects')) && !!isDirectory(join(common, 'refs'));
}
class CheckoutLocationError extends Error {
    hint;
    constructor(message, hint) {
        super(message);
        this.hint = hint;
        this.name = 'CheckoutLocationError';
    }
}
const RECHECKOUT = 'Check out the repository again (actions/checkout).';
/** The git directory a `.git` entry names: itself, or the target of its `gitdir:` line. */
function dotGitTarget(dotGit) {
    const stats = statSync(dotGit, { throwIfNoEntry: false });
    if (!stats)
        throw new CheckoutLocationError(`${dotGit} is a broken symbolic link.`, RECHECKOUT);
    if (stats.isDirectory())
        return dotGit;
    const text = readFileSync(dotGit, 'utf8');
    const match = /^gitdir: (.+)/.exec(text);
    if (!match?.[1]) {
        throw new CheckoutLocationError(`${dotGit} is neither a git directory nor a "gitdir: <path>" file.`, RECHECKOUT);
    }
    return resolve(dirname(dotGit), match[1].trim());
}
function checkout_location_located(root, gitDir) {
    if (!isGitDirectory(gitDir)) {
        throw new CheckoutLocationError(`${gitDir} (the git directory of ${root}) is not a valid git directory.`, RECHECKOUT);
    }
    const real = realpathSync(gitDir);
    return { root, gitDir: real, commonDir: realpathSync(commonDirOf(real)) };
}
/**
 * The repository git would use for `dir`: the nearest `.git` (folder, symlink or gitdir file)
 * or bare repository, walking up. A `.git` that is not a valid one stops the walk with an
 * error instead of letting git look further up. Undefined when there is none.
 */
function findGitLocation(dir) {
    for (let current = realpathSync(dir);; current = dirname(current)) {
        const dotGit = join(current, '.git');
        if (lstatSync(dotGit, { throwIfNoEntry: false }))
            return checkout_location_located(current, dotGitTarget(dotGit));
        if (isGitDirectory(current))
            return checkout_location_located(current, current);
        if (dirname(current) === current)
            return undefined;
    }
}
const MOVE_INSIDE = 'Check the repository out inside GITHUB_WORKSPACE (actions/checkout `path:`) and give ' +
    'repository-path relative to it; remove any symlink or .git file that leads elsewhere.';
/** Refuses a path that leaves `workspace`, by name and then (when it exists) by real path. */
function assertInsideWorkspace(workspace, path) {
    const root = (0,external_node_path_.resolve)(workspace);
    const outside = (where) => new CheckoutLocationError(`${JSON.stringify(path)} is outside the workspace ${root}${where}.`, MOVE_INSIDE);
    if (!isInside(root, (0,external_node_path_.resolve)(root, path)))
        throw outside('');
    const real = realPath((0,external_node_path_.resolve)(root, path));
    const realRoot = realPath(root) ?? root;
    if (real !== undefined && !isInside(realRoot, real))
        throw outside(` (it resolves to ${real})`);
}
/**
 * The repository of the checkout at `path`, proved to live inside `workspace`: the folder,
 * its git directory and its common directory, by real path. Undefined when `path` does not
 * exist or no repository is found at all (the caller says it is not a checkout).
 */
function containedCheckout(workspace, path) {
    assertInsideWorkspace(workspace, path);
    const absolute = resolve(workspace, path);
    if (!existsSync(absolute))
        return undefined;
    const location = findGitLocation(absolute);
    if (!location)
        return undefined;
    const root = realPath(resolve(workspace)) ?? resolve(workspace);
    for (const [name, dir] of [
        ['repository', location.root],
        ['git directory', location.gitDir],
        ['common git directory', location.commonDir],
    ]) {
        if (!isInside(root, dir)) {
            throw new CheckoutLocationError(`${JSON.stringify(path)} uses the ${name} ${dir}, outside the workspace ${root}.`, MOVE_INSIDE);
        }
    }
    return location;
}

;// CONCATENATED MODULE: ./packages/git/src/auth.ts
/**
 * Credentials for HTTPS remotes as git configuration carried in the environment
 * (GIT_CONFIG_COUNT / GIT_CONFIG_KEY_n / GIT_CONFIG_VALUE_n): nothing on argv, nothing on disk.
 */
function headerKey(serverUrl) {
    let url;
    try {
        url = new URL(serverUrl);
    }
    catch {
        throw new Error(`server URL '${serverUrl}' is not a URL; expected e.g. https://github.com`);
    }
    if (!/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash) {
        throw new Error(`server URL '${serverUrl}' must be plain http(s) without credentials, query or fragment`);
    }
    return `http.${url.origin}${url.pathname.replace(/\/*$/, '/')}.extraheader`;
}
/** The GIT_CONFIG_* entries already in `env`, as an ordered list of key/value pairs. */
function existingEntries(env) {
    const raw = env.GIT_CONFIG_COUNT;
    if (raw === undefined || raw === '')
        return [];
    const count = Number(raw);
    if (!Number.isInteger(count) || count < 0) {
        throw new Error(`GIT_CONFIG_COUNT '${raw}' is not a non-negative integer; fix or unset it`);
    }
    return Array.from({ length: count }, (_, index) => {
        const key = env[`GIT_CONFIG_KEY_${index}`];
        if (!key)
            throw new Error(`GIT_CONFIG_COUNT is ${count} but GIT_CONFIG_KEY_${index} is missing; fix or unset it`);
        return [key, env[`GIT_CONFIG_VALUE_${index}`] ?? ''];
    });
}
/**
 * Environment entries that make git send `AUTHORIZATION: basic base64(x-access-token:<token>)`
 * to `serverUrl`. An empty value first resets any extraheader configured for that URL (for
 * example by actions/checkout), so the server never sees two Authorization headers. Entries
 * of `baseEnv` come first; by default none: GIT_CONFIG_* of the job's environment may have been
 * set by an earlier step, and git is given only what it needs.
 */
function authEnv(serverUrl, token, baseEnv = {}) {
    if (token === '' || /[\r\n]/.test(token))
        throw new Error('the token is empty or contains a line break');
    const key = headerKey(serverUrl);
    const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
    const entries = [
        ...existingEntries(baseEnv),
        [key, ''],
        [key, `AUTHORIZATION: basic ${basic}`],
    ];
    const env = { GIT_CONFIG_COUNT: String(entries.length) };
    entries.forEach(([entryKey, value], index) => {
        env[`GIT_CONFIG_KEY_${index}`] = entryKey;
        env[`GIT_CONFIG_VALUE_${index}`] = value;
    });
    return env;
}

;// CONCATENATED MODULE: ./packages/git/src/git-tree-reader.ts



function kindOf(entry) {
    if (entry.type === 'tree')
        return 'dir';
    if (entry.type === 'commit')
        return 'submodule';
    return entry.mode === SYMLINK_MODE ? 'symlink' : 'file';
}
/** 'a/./b/' -> 'a/b', '' for the root; undefined when the path is absolute or leaves the tree. */
function normalize(path) {
    const normal = external_node_path_.posix.normalize(path || '.').replace(/\/+$/, '');
    if (normal === '..' || normal.startsWith('../') || normal.startsWith('/'))
        return undefined;
    return normal === '.' ? '' : normal;
}
/** Indexes `ls-tree -r -t` output: every blob by path, every directory's children. */
function indexTree(entries) {
    const listing = { blobs: new Map(), dirs: new Map([['', []]]) };
    for (const entry of entries) {
        const slash = entry.name.lastIndexOf('/');
        const parent = slash < 0 ? '' : entry.name.slice(0, slash);
        const children = listing.dirs.get(parent) ?? [];
        children.push({ name: entry.name.slice(slash + 1), kind: kindOf(entry) });
        listing.dirs.set(parent, children);
        if (entry.type === 'tree')
            listing.dirs.set(entry.name, listing.dirs.get(entry.name) ?? []);
        else if (kindOf(entry) === 'file')
            listing.blobs.set(entry.name, entry);
    }
    return listing;
}
/**
 * Reads a commit's tree with one `git ls-tree -r -t -z` and serves blobs from one long-lived
 * `git cat-file --batch`, so building a graph costs two processes, not one per file.
 */
function gitTreeReader(git, rev) {
    let listing;
    let blobs;
    const list = () => (listing ??= git
        .run(['ls-tree', '-r', '-t', '-z', '--full-tree', '--end-of-options', `${rev}^{tree}`])
        .then((result) => indexTree(parseLsTree(result.stdout))));
    const blobReader = () => (blobs ??= new BlobReader(git));
    return {
        rev,
        async readText(path) {
            const normal = normalize(path);
            const entry = normal === undefined ? undefined : (await list()).blobs.get(normal);
            return entry ? (await blobReader().read(entry.oid)).toString('utf8') : undefined;
        },
        async listDir(dir) {
            const normal = normalize(dir);
            const children = normal === undefined ? undefined : (await list()).dirs.get(normal);
            return children?.map((child) => ({ ...child }));
        },
        close: () => blobs?.close(),
    };
}

// EXTERNAL MODULE: ./packages/kustomize/src/closure.ts + 10 modules
var src_closure = __nccwpck_require__(479);
// EXTERNAL MODULE: ./actions/bump-overlay-tag/src/overlay.ts
var overlay = __nccwpck_require__(4154);
// EXTERNAL MODULE: ./actions/bump-overlay-tag/src/references.ts
var references = __nccwpck_require__(8114);
;// CONCATENATED MODULE: ./actions/bump-overlay-tag/src/git-store.ts







const BOT_IDENTITY = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
const CHECKOUT_HINT = 'commit-method: git commits from a checkout of the repository: add actions/checkout ' +
    '(with persist-credentials: false) before this step, or use commit-method: api, which needs no checkout.';
/** Plain http only towards a plain-http server (GHES without TLS, loopback tests). */
function transportsFor(serverUrl) {
    return { http: new URL(serverUrl).protocol === 'http:' };
}
/**
 * commit-method: git works in a checkout; say so instead of git's "not a git repository". The
 * git directories git itself uses for it (a `.git` file, symlink or worktree may point anywhere)
 * must lie in the workspace: the step pushes from there with the token.
 */
async function assertCheckout(repositoryPath, workspace) {
    const notCheckout = (why) => new errors/* ActionError */.l(`repository-path ${(0,references/* quoteValue */.cl)(repositoryPath)} is not a git checkout: ${why}.`, { hint: CHECKOUT_HINT });
    if (!(0,external_node_fs_.existsSync)(repositoryPath))
        throw notCheckout('the folder does not exist');
    const git = new Git({ cwd: repositoryPath });
    const args = ['rev-parse', '--absolute-git-dir', '--git-common-dir'];
    const result = await git.run(args, { allowFailure: true });
    if (result.exitCode !== 0) {
        const reason = result.stderr.trim();
        if (/not a git repository/i.test(reason))
            throw notCheckout('no git repository there or in a parent folder');
        throw new errors/* ActionError */.l(`git cannot use repository-path ${(0,references/* quoteValue */.cl)(repositoryPath)}: ${reason}`);
    }
    const [gitDir = '', commonDir = ''] = result.stdout.trim().split('\n');
    const root = realPath(workspace) ?? workspace;
    for (const dir of [gitDir, (0,external_node_path_.resolve)(repositoryPath, commonDir)]) {
        const real = realPath(dir) ?? dir;
        if (isInside(root, real))
            continue;
        throw new errors/* ActionError */.l(`repository-path ${(0,references/* quoteValue */.cl)(repositoryPath)} uses the git directory ${real}, outside the workspace ${root}.`, {
            hint: 'Check the repository out inside GITHUB_WORKSPACE (actions/checkout `path:`); remove any .git file or symlink that leads elsewhere.',
        });
    }
}
/** How git says a fetched ref or object is not on the remote. */
const NO_SUCH_REF = /couldn't find remote ref|not our ref|unadvertised object|no such remote ref/i;
/** Lands commits with git plumbing: the checkout's worktree and index are never touched. */
class GitOverlayStore {
    options;
    git;
    constructor(options) {
        this.options = options;
        const env = options.token ? authEnv(options.serverUrl, options.token) : {};
        const transports = transportsFor(options.serverUrl);
        this.git = new Git({ cwd: options.repositoryPath, env, transports });
    }
    readTip() {
        return this.git.fetchBranch(this.options.remote, this.options.branch);
    }
    async resolveCommit(ref) {
        const local = await this.git.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], {
            allowFailure: true,
        });
        if (local.exitCode === 0)
            return local.stdout.trim();
        const shallow = await this.git.isShallow();
        const { remote } = this.options;
        const args = ['fetch', '--no-tags', ...(shallow ? ['--depth=1'] : []), '--', remote, ref];
        const fetched = await this.git.run(args, { allowFailure: true });
        if (fetched.exitCode !== 0 && NO_SUCH_REF.test(fetched.stderr)) {
            throw (0,overlay/* unknownRef */.mv)(ref, `in the checkout or on remote ${(0,references/* quoteValue */.cl)(remote)}`);
        }
        if (fetched.exitCode !== 0) {
            throw new errors/* ActionError */.l(`Could not fetch promote-from-ref ${(0,references/* quoteValue */.cl)(ref)} from ${(0,references/* quoteValue */.cl)(remote)}: ${fetched.stderr.trim()}`);
        }
        return this.git.revParse('FETCH_HEAD');
    }
    async listDir(commit, dir) {
        const entries = await this.git.listTree(commit, dir);
        return entries?.map((entry) => entry.name);
    }
    async readFile(commit, path) {
        return (await this.git.readFile(commit, path))?.content;
    }
    treeOf(commit) {
        return this.git.treeOf(commit);
    }
    writeTree(base, file) {
        return this.git.writeTree(base, [{ path: file.path, content: file.content }]);
    }
    /** Only what rendering the overlay reads (its kustomize closure), else the whole tree. */
    async materialize(tree, dir, overlayDir) {
        const reader = gitTreeReader(this.git, tree);
        try {
            const closure = await (0,src_closure/* overlayClosure */.y)(reader, overlayDir);
            if (closure.complete)
                return await this.git.exportFiles(tree, dir, closure.files);
        }
        finally {
            reader.close();
        }
        await this.git.exportTree(tree, dir);
    }
    commit(tree, parent, message) {
        return this.git.commitTree(tree, [parent], message, this.options.identity ?? BOT_IDENTITY);
    }
    async publish(sha) {
        const result = await this.git.push(this.options.remote, sha, this.options.branch);
        return result.status === 'pushed' ? { status: 'landed', sha } : result;
    }
}

;// CONCATENATED MODULE: ./packages/action-kit/src/inputs.ts

const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];
/** The environment variable the runner uses for an input. */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
function quote(value) {
    return JSON.stringify(value);
}
function readBoolean(name, value, required) {
    if (value === '') {
        if (required)
            throw new errors/* InputError */.d(name, 'is required.', 'Set it to true or false.');
        return false;
    }
    if (TRUE_VALUES.includes(value))
        return true;
    if (FALSE_VALUES.includes(value))
        return false;
    const accepted = [...TRUE_VALUES, ...FALSE_VALUES].join(', ');
    throw new errors/* InputError */.d(name, `${quote(value)} is not a boolean.`, `Use one of: ${accepted}.`);
}
function readEnumeration(name, value, allowed, fallback) {
    if (value === '' && fallback !== undefined)
        return fallback;
    const match = allowed.find((candidate) => candidate === value);
    if (match !== undefined)
        return match;
    const problem = value === '' ? 'is required.' : `${quote(value)} is not allowed.`;
    throw new errors/* InputError */.d(name, problem, `Use one of: ${allowed.join(', ')}.`);
}
function readInteger(name, value, options) {
    const { min, max, fallback } = options;
    if (value === '' && fallback !== undefined)
        return fallback;
    const range = `${min ?? 0} to ${max ?? 'any size'}`;
    if (!/^\d+$/.test(value)) {
        const problem = value === '' ? 'is required.' : `${quote(value)} is not a whole number.`;
        throw new errors/* InputError */.d(name, problem, `Use decimal digits (${range}).`);
    }
    const number = Number(value);
    if ((min !== undefined && number < min) || (max !== undefined && number > max)) {
        throw new errors/* InputError */.d(name, `${value} is out of range.`, `Use a number from ${range}.`);
    }
    return number;
}
function readList(value) {
    return value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
/** Reads inputs the way the runner passes them: env INPUT_<NAME upper-cased, spaces to '_', hyphens kept>. */
function createInputReader(env = process.env) {
    const raw = (name) => env[inputVariable(name)] ?? '';
    const trimmed = (name) => raw(name).trim();
    return {
        string(name, options = {}) {
            const value = options.trim === false ? raw(name) : trimmed(name);
            if (options.required && value.trim() === '')
                throw new errors/* InputError */.d(name, 'is required.');
            return value;
        },
        optional: (name) => trimmed(name) || undefined,
        boolean: (name, options = {}) => readBoolean(name, trimmed(name), options.required ?? false),
        enumeration: (name, allowed, options = {}) => readEnumeration(name, trimmed(name), allowed, options.fallback),
        integer: (name, options = {}) => readInteger(name, trimmed(name), options),
        list: (name) => readList(raw(name)),
    };
}

;// CONCATENATED MODULE: ./packages/action-kit/src/secrets.ts

/** Registers a value with the runner's log masking; each line too, since logs mask line by line. */
function maskSecret(value) {
    if (!value)
        return;
    protocol/* setSecret */.Pq(value);
    const lines = value.split(/\r?\n/).filter((line) => line.trim() !== '');
    if (lines.length < 2)
        return;
    for (const line of lines)
        protocol/* setSecret */.Pq(line);
}

;// CONCATENATED MODULE: ./actions/bump-overlay-tag/src/inputs.ts





const MAX_REASON = 500;
/** With app and no image: the image comes from infra-fleet.yaml, the values from tag/digest. */
function appImageValues(inputs, promoting) {
    const tag = inputs.optional('tag');
    const digest = inputs.optional('digest');
    if (promoting && (tag || digest)) {
        throw new errors/* InputError */.d('promote-from', 'cannot be combined with a tag or digest.', 'With promote-from, the values come from the other overlay: leave tag and digest empty.');
    }
    if (!promoting && !tag && !digest) {
        throw new errors/* InputError */.d('tag', 'is required (or digest, or promote-from).', 'Give the new tag.');
    }
    return {
        ...(tag ? { tag: (0,references/* validateTag */.z7)('tag', tag) } : {}),
        ...(digest ? { digest: (0,references/* validateDigest */.n2)('digest', digest) } : {}),
    };
}
function requestsFrom(inputs, promoting) {
    const image = inputs.optional('image');
    const tag = inputs.optional('tag');
    const digest = inputs.optional('digest');
    const lines = inputs.list('images');
    if (inputs.optional('app') && !image && lines.length === 0)
        return [];
    if (lines.length > 0 && (image || tag || digest)) {
        throw new errors/* InputError */.d('images', 'cannot be combined with image, tag or digest.', 'Use one form.');
    }
    if ((tag || digest) && !image) {
        throw new errors/* InputError */.d('image', 'is required with tag or digest.', 'Name the image to change.');
    }
    if (image && !tag && !digest)
        refuseReference('image', image, promoting);
    const requests = image
        ? [
            {
                name: (0,references/* validateImageName */.He)('image', image),
                ...(tag ? { tag: (0,references/* validateTag */.z7)('tag', tag) } : {}),
                ...(digest ? { digest: (0,references/* validateDigest */.n2)('digest', digest) } : {}),
            },
        ]
        : lines.map(references/* parseImageLine */.tz);
    checkRequests(requests, promoting, image ? 'tag' : 'images');
    return requests;
}
function referenceAdvice(input, reference) {
    const { name, tag, digest } = reference;
    if (input === 'images')
        return `Write it as NAME=TAG: ${(0,references/* formatReference */.FH)(name, tag, digest)}.`;
    const parts = [
        `image: ${name}`,
        ...(tag ? [`tag: ${tag}`] : []),
        ...(digest ? [`digest: ${digest}`] : []),
    ];
    return `Give the name and the value separately: ${parts.join(' and ')}.`;
}
/** `image: NAME:TAG` (or an images line NAME:TAG) is a docker-style reference: suggest the split. */
function refuseReference(input, value, promoting) {
    const reference = (0,references/* dockerReference */.Sp)(value);
    if (!reference || (input === 'images' && reference.tag === undefined))
        return;
    const what = reference.tag === undefined ? 'a digest' : 'a tag';
    if (promoting) {
        throw new errors/* InputError */.d(input, `${(0,references/* quoteValue */.cl)(value)} holds ${what}; with promote-from the values come from the other overlay.`, `Name the image alone: ${reference.name}.`);
    }
    throw new errors/* InputError */.d(input, `${(0,references/* quoteValue */.cl)(value)} is a full image reference with ${what}, not an image name.`, referenceAdvice(input, reference));
}
function checkRequests(requests, promoting, valueInput) {
    const seen = new Set();
    for (const request of requests) {
        if (seen.has(request.name)) {
            throw new errors/* InputError */.d('images', `image ${(0,references/* quoteValue */.cl)(request.name)} is listed twice.`);
        }
        seen.add(request.name);
        if (valueInput === 'images' && request.tag === undefined) {
            const line = request.digest ? `${request.name}@${request.digest}` : request.name;
            refuseReference('images', line, promoting);
        }
        const hasValue = request.tag !== undefined || request.digest !== undefined;
        if (promoting && hasValue) {
            throw new errors/* InputError */.d('promote-from', `cannot be combined with a tag or digest (${(0,references/* quoteValue */.cl)(request.name)}).`, 'With promote-from, name the images only; their values come from the other overlay.');
        }
        if (!promoting && !hasValue) {
            throw new errors/* InputError */.d(valueInput, `no tag or digest given for ${(0,references/* quoteValue */.cl)(request.name)}.`, 'Give tag and/or digest, or promote-from.');
        }
    }
    if (!promoting && requests.length === 0) {
        throw new errors/* InputError */.d('image', 'nothing to change.', 'Set image with tag/digest, images, or promote-from.');
    }
}
/** A repository-relative POSIX path that cannot leave the repository. */
function repositoryRelativePath(input, value, root) {
    const absolute = (0,external_node_path_.resolve)(root, value);
    const inside = (0,external_node_path_.relative)(root, absolute);
    const escapes = inside === '..' || inside.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(inside);
    if ((0,external_node_path_.isAbsolute)(value) || escapes || (0,references/* hasControlCharacter */.Fd)(value)) {
        throw new errors/* InputError */.d(input, `${(0,references/* quoteValue */.cl)(value)} is outside the repository.`, 'Give a path relative to the repository root, e.g. k8s/overlays/staging.');
    }
    return inside.split('\\').join('/');
}
/** commit-method git pushes from this checkout: it must be the workspace's, not another one. */
function checkoutPath(workspace, value, method) {
    if (method === 'git') {
        try {
            assertInsideWorkspace(workspace, value);
        }
        catch (error) {
            if (!(error instanceof CheckoutLocationError))
                throw error;
            throw new errors/* InputError */.d('repository-path', error.message, error.hint);
        }
    }
    return (0,external_node_path_.resolve)(workspace, value);
}
function branchName(inputs) {
    const branch = inputs.string('branch', { required: true });
    const invalid = /(^[-/.])|([/.]$)|\.\.|@\{|\/\/|\.lock$|\.lock\/|[\s~^:?*[\\]/.test(branch);
    if (invalid || (0,references/* hasControlCharacter */.Fd)(branch)) {
        throw new errors/* InputError */.d('branch', `${(0,references/* quoteValue */.cl)(branch)} is not a valid branch name.`);
    }
    return branch.replace(/^refs\/heads\//, '');
}
function promoteFromRef(inputs) {
    const ref = inputs.optional('promote-from-ref');
    if (ref === undefined || (/^[a-zA-Z0-9_][a-zA-Z0-9._/-]*$/.test(ref) && !ref.includes('..')))
        return ref;
    throw new errors/* InputError */.d('promote-from-ref', `${(0,references/* quoteValue */.cl)(ref)} is not a commit sha or ref name.`, "Pass the verified commit, e.g. the previous stage's verified-sha output.");
}
function remoteName(inputs) {
    const remote = inputs.string('remote', { required: true });
    if (/^[a-zA-Z0-9_][a-zA-Z0-9._-]*$/.test(remote))
        return remote;
    throw new errors/* InputError */.d('remote', `${(0,references/* quoteValue */.cl)(remote)} is not a git remote name.`, 'Use e.g. origin.');
}
function tagPattern(inputs) {
    const pattern = inputs.optional('tag-pattern');
    if (!pattern)
        return undefined;
    try {
        return new RegExp(`^(?:${pattern})$`, 'u');
    }
    catch (error) {
        throw new errors/* InputError */.d('tag-pattern', `${(0,references/* quoteValue */.cl)(pattern)} is not a valid regular expression: ${error.message}.`);
    }
}
function reason(inputs, allowDowngrade) {
    const text = inputs.optional('reason');
    if (text && ((0,references/* hasControlCharacter */.Fd)(text) || text.length > MAX_REASON)) {
        throw new errors/* InputError */.d('reason', `must be one line of at most ${MAX_REASON} characters without control characters.`, 'It becomes a Reason: trailer of the commit.');
    }
    if (allowDowngrade && !text) {
        throw new errors/* InputError */.d('reason', 'is required with allow-downgrade: true.', 'Say why this rollback is made.');
    }
    return text;
}
function checkMethod(mode, method, token) {
    if (mode === 'pull-request' && method !== 'api') {
        throw new errors/* InputError */.d('commit-method', 'must be api with mode: pull-request (the proposal branch and pull request are made through the API).', 'Set commit-method: api.');
    }
    if (method === 'api' && !token) {
        throw new errors/* InputError */.d('token', 'is required with commit-method: api.', 'Pass a token with contents: write.');
    }
}
function runUrl(env, serverUrl) {
    const { GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: attempt } = env;
    if (!repository || !runId)
        return undefined;
    const suffix = attempt && attempt !== '1' ? `/attempts/${attempt}` : '';
    return `${serverUrl}/${repository}/actions/runs/${runId}${suffix}`;
}
function fleetName(inputs, input) {
    const value = inputs.optional(input);
    if (value === undefined || isName(value))
        return value;
    throw new errors/* InputError */.d(input, `${(0,references/* quoteValue */.cl)(value)} is not a valid name: ${NAME_RULE}.`);
}
function checkTargetInputs(inputs, overlay) {
    const environment = inputs.optional('environment');
    if (overlay && environment) {
        throw new errors/* InputError */.d('environment', 'cannot be combined with overlay.', 'Name the overlay either by path (overlay: k8s/overlays/staging) or by environment (and app) from infra-fleet.yaml.');
    }
    if (!overlay && !environment) {
        throw new errors/* InputError */.d('overlay', 'is required, or environment (with app where each app has its own overlays).', 'E.g. overlay: k8s/overlays/staging, or environment: staging and app: api.');
    }
    if (inputs.optional('promote-from-environment') && inputs.optional('promote-from')) {
        throw new errors/* InputError */.d('promote-from-environment', 'cannot be combined with promote-from.');
    }
}
/** environment, app and promote-from-environment, resolved later through infra-fleet.yaml. */
function fleetTargetOf(inputs, repositoryPath, promoting) {
    const environment = fleetName(inputs, 'environment');
    const app = fleetName(inputs, 'app');
    const promoteFromEnvironment = fleetName(inputs, 'promote-from-environment');
    if (!environment && !app && !promoteFromEnvironment)
        return undefined;
    const configPath = inputs.optional('config');
    const pending = app !== undefined && !inputs.optional('image') && inputs.list('images').length === 0;
    return {
        ...(environment && { environment }),
        ...(app && { app }),
        ...(promoteFromEnvironment && { promoteFromEnvironment }),
        config: {
            path: configPath
                ? repositoryRelativePath('config', configPath, repositoryPath)
                : DEFAULT_CONFIG_FILE,
            explicit: configPath !== undefined,
        },
        ...(pending && { appImageValues: appImageValues(inputs, promoting) }),
    };
}
/** Reads and validates every input once; nothing else reads inputs or env. */
function readSettings(env = process.env) {
    const inputs = createInputReader(env);
    const token = inputs.optional('token');
    maskSecret(token);
    const workspace = (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE || process.cwd());
    const promoteOverlay = inputs.optional('promote-from');
    const allowDowngrade = inputs.boolean('allow-downgrade');
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const mode = inputs.enumeration('mode', ['push', 'pull-request', 'dry-run']);
    const commitMethod = inputs.enumeration('commit-method', ['api', 'git']);
    checkMethod(mode, commitMethod, token);
    const repositoryPath = checkoutPath(workspace, inputs.string('repository-path') || '.', commitMethod);
    const overlay = inputs.optional('overlay');
    checkTargetInputs(inputs, overlay);
    const promoting = promoteOverlay !== undefined || !!inputs.optional('promote-from-environment');
    const fleetTarget = fleetTargetOf(inputs, repositoryPath, promoting);
    return {
        workspace,
        repositoryPath,
        overlay: overlay ? repositoryRelativePath('overlay', overlay, repositoryPath) : '',
        requests: requestsFrom(inputs, promoting),
        ...(promoting && {
            promoteFrom: {
                overlay: promoteOverlay
                    ? repositoryRelativePath('promote-from', promoteOverlay, repositoryPath)
                    : '',
                ref: promoteFromRef(inputs),
            },
        }),
        mode,
        commitMethod,
        branch: branchName(inputs),
        remote: remoteName(inputs),
        allowDowngrade,
        reason: reason(inputs, allowDowngrade),
        tagPattern: tagPattern(inputs),
        commitMessage: inputs.optional('commit-message'),
        maxAttempts: inputs.integer('max-attempts', { min: 1, max: 50 }),
        validate: inputs.enumeration('validate', ['kustomize', 'none']),
        token,
        serverUrl,
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        repository: env.GITHUB_REPOSITORY || undefined,
        runUrl: runUrl(env, serverUrl),
        ...(fleetTarget && { fleetTarget }),
    };
}

;// CONCATENATED MODULE: ./packages/git/src/cas.ts
/**
 * Compare-and-swap landing: read the tip, plan from scratch, publish with the tip as the expected
 * parent; when another writer moved the branch first, wait a jittered while and start over.
 */
const DEFAULT_BACKOFF = { baseMs: 200, maxMs: 5000 };
class LandingExhaustedError extends Error {
    attempts;
    lastDetail;
    constructor(attempts, lastDetail) {
        super(`the branch moved under every one of ${attempts} landing attempt(s); last rejection: ${lastDetail}. ` +
            'Raise max-attempts, or serialise writers with a workflow concurrency group.');
        this.name = 'LandingExhaustedError';
        this.attempts = attempts;
        this.lastDetail = lastDetail;
    }
}
/** Full jitter: a uniform delay in [0, min(maxMs, baseMs * 2^(attempt-1))). */
function backoffDelay(attempt, backoff, random) {
    const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** (attempt - 1));
    return Math.floor(random() * ceiling);
}
function assertMaxAttempts(maxAttempts) {
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
        throw new RangeError(`max-attempts must be an integer >= 1, got ${maxAttempts}`);
    }
}
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function landWithCompareAndSwap(options) {
    assertMaxAttempts(options.maxAttempts);
    const { sleep = realSleep, random = Math.random, backoff = DEFAULT_BACKOFF } = options;
    let lastDetail = '';
    for (let attempt = 1; attempt <= options.maxAttempts; attempt++) {
        const tip = await options.readTip();
        const plan = await options.plan(tip, attempt);
        if (options.isNoop(plan))
            return { status: 'noop', tip, plan, attempts: attempt };
        const outcome = await options.publish(tip, plan);
        if (outcome.status === 'landed')
            return { status: 'landed', sha: outcome.sha, tip, plan, attempts: attempt };
        lastDetail = outcome.detail;
        if (attempt === options.maxAttempts)
            break;
        const delayMs = backoffDelay(attempt, backoff, random);
        options.onRetry?.({ attempt, delayMs, detail: lastDetail });
        await sleep(delayMs);
    }
    throw new LandingExhaustedError(options.maxAttempts, lastDetail);
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(2088);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
// EXTERNAL MODULE: ./packages/kustomize/src/errors.ts
var src_errors = __nccwpck_require__(8980);
;// CONCATENATED MODULE: ./packages/kustomize/src/quote.ts

// kustomize reads kustomizations with go-yaml v2 (YAML 1.1): these plain words are booleans or null.
const KEYWORDS = new Set(['true', 'false', 'yes', 'no', 'on', 'off', 'y', 'n', 'null', '~']);
// Deliberately broader than either spec: go's strconv accepts underscores and base prefixes.
const DECIMAL = /^[-+]?(\.[0-9_]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9_]+)?$/;
const PREFIXED_INT = /^[-+]?0[xob][0-9a-f_]+$/i;
const SPECIAL_FLOAT = /^[-+]?\.(inf|nan)$/i;
const SEXAGESIMAL = /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$/;
const TIMESTAMP = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/;
const FLOW_INDICATOR = /[,[\]{}]/;
const EDGE_SPACE = /^\s|\s$/;
// Controls (tab and newline too), lone surrogates, separators YAML 1.1 folds, BOM, non-characters.
const UNPRINTABLE = /[\p{Cc}\p{Cs}\u2028\u2029\ufeff\ufffe\uffff]/u;
/** True when YAML 1.2 core or YAML 1.1 reads this plain text as a number, boolean or null. */
function resolvesAsNonString(text) {
    return (KEYWORDS.has(text.toLowerCase()) ||
        DECIMAL.test(text) ||
        PREFIXED_INT.test(text) ||
        SPECIAL_FLOAT.test(text) ||
        SEXAGESIMAL.test(text));
}
/** True when a plain scalar with this text would not read back as exactly this string. */
function needsQuoting(value) {
    return (value === '' ||
        value === '=' ||
        value === '<<' ||
        resolvesAsNonString(value) ||
        TIMESTAMP.test(value) ||
        // Flow indicators end a plain scalar inside `{...}`/`[...]`; quote them everywhere.
        FLOW_INDICATOR.test(value) ||
        EDGE_SPACE.test(value) ||
        hasUnprintable(value) ||
        !readsBackPlain(value));
}
/** The source text for value: keeps the requested style when safe. */
function formatScalar(value, style) {
    if (style === 'QUOTE_SINGLE' && !hasUnprintable(value))
        return `'${value.replaceAll("'", "''")}'`;
    if (style === 'PLAIN' && !needsQuoting(value))
        return value;
    return doubleQuoted(value);
}
function doubleQuoted(value) {
    // JSON escapes are valid YAML escapes; YAML also wants DEL, C1, line/paragraph separators escaped.
    return JSON.stringify(value).replace(/[\p{Cc}\u2028\u2029\ufeff\ufffe\uffff]/gu, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}
function hasUnprintable(value) {
    return UNPRINTABLE.test(value);
}
function readsBackPlain(value) {
    return ['1.2', '1.1'].every((version) => {
        const doc = (0,dist/* parseDocument */.Tp)(value, { version });
        const node = doc.contents;
        if (doc.errors.length > 0 || doc.warnings.length > 0 || !(0,dist/* isScalar */.jn)(node))
            return false;
        return node.type === 'PLAIN' && node.value === value && !node.comment && !doc.comment;
    });
}

;// CONCATENATED MODULE: ./packages/kustomize/src/images.ts



const FIELDS = ['newName', 'newTag', 'digest'];
/** Where errors point: file label plus line:col of an offset. */
class SourceContext {
    fileLabel;
    lines = new dist/* LineCounter */.HN();
    constructor(fileLabel) {
        this.fileLabel = fileLabel;
    }
    at(offset) {
        if (offset === undefined)
            return this.fileLabel;
        const { line, col } = this.lines.linePos(offset);
        return `${this.fileLabel}:${line}:${col}`;
    }
    fail(node, message, hint) {
        return new src_errors/* KustomizeError */.K(`${this.at(node?.range?.[0])}: ${message}`, hint);
    }
}
/** The `images:` entries of a kustomization; [] when it has none. */
function readImages(source, fileLabel) {
    return locateImages(source, new SourceContext(fileLabel)).map((image) => image.entry);
}
function locateImages(source, ctx) {
    const doc = parseSingleDocument(source, ctx);
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root)) {
        throw ctx.fail(root, 'the document root is not a mapping', 'A kustomization is a YAML mapping.');
    }
    const images = root.get('images', true);
    if (images === undefined || ((0,dist/* isScalar */.jn)(images) && images.value === null))
        return [];
    if (!(0,dist/* isSeq */.oP)(images)) {
        throw ctx.fail(images, '`images` is not a list', 'Write images as a list: `images:\\n- name: app`.');
    }
    // A name listed twice renders (kustomize applies both, the last wins); only editing it is refused.
    return images.items.map((item, index) => locateEntry(item, index, doc, ctx));
}
/** Parses exactly one YAML document, throwing KustomizeError on syntax errors. */
function parseSingleDocument(source, ctx) {
    const docs = (0,dist/* parseAllDocuments */.hR)(source, { lineCounter: ctx.lines, prettyErrors: false });
    if (docs.length > 1) {
        throw new src_errors/* KustomizeError */.K(`${ctx.fileLabel} holds ${docs.length} YAML documents; a kustomization is one document`, 'Remove the extra `---` documents.');
    }
    const doc = docs[0];
    if (doc === undefined)
        throw new src_errors/* KustomizeError */.K(`${ctx.fileLabel} is empty`);
    const error = doc.errors[0];
    if (error !== undefined) {
        throw new src_errors/* KustomizeError */.K(`${ctx.at(error.pos[0])}: invalid YAML: ${error.message}`, 'Fix the YAML syntax.');
    }
    return doc;
}
function locateEntry(item, index, doc, ctx) {
    if (!(0,dist/* isMap */.jh)(item))
        throw ctx.fail(item, `images[${index}] is not a mapping`);
    const pairs = item.items;
    if (pairs.some((pair) => (0,dist/* isScalar */.jn)(pair.key) && pair.key.value === '<<')) {
        throw ctx.fail(item, `images[${index}] uses a merge key (<<), which cannot be edited safely`);
    }
    const read = (field) => readField(findPair(item, field), field, doc, ctx);
    const name = read('name');
    if (name === undefined) {
        throw ctx.fail(item, `images[${index}] has no string \`name\``, 'Give every entry a name.');
    }
    const entry = { name };
    for (const field of FIELDS) {
        const value = read(field);
        if (value !== undefined)
            entry[field] = value;
    }
    return { entry, map: item };
}
/** The pair whose key is exactly `key`, if any. */
function findPair(map, key) {
    const pairs = map.items;
    return pairs.find((pair) => (0,dist/* isScalar */.jn)(pair.key) && pair.key.value === key);
}
function readField(pair, field, doc, ctx) {
    if (pair === undefined)
        return undefined;
    // kustomize resolves aliases when reading; only editing one is refused.
    const node = (0,dist/* isAlias */.Vj)(pair.value) ? pair.value.resolve(doc) : pair.value;
    if (!(0,dist/* isScalar */.jn)(node))
        throw ctx.fail(node ?? pair.key, `\`${field}\` is not a scalar value`);
    if (node.value === null)
        return undefined;
    const text = typeof node.source === 'string' ? node.source : String(node.value);
    if (typeof node.value !== 'string' || (isUntaggedPlain(node) && resolvesAsNonString(text))) {
        throw ctx.fail(node, `kustomize reads \`${field}: ${text}\` as a number, boolean or null, not the string "${text}"`, `Quote it: ${field}: "${text}"`);
    }
    return node.value;
}
function isUntaggedPlain(node) {
    return node.type === 'PLAIN' && node.tag === undefined;
}
/** The entry for `name`; refuses a name listed twice, which no single edit can change. */
function uniqueImage(located, name, ctx) {
    const matches = located.filter((image) => image.entry.name === name);
    const [first, second] = matches;
    if (first && second) {
        throw ctx.fail(second.map, `image "${name}" is listed twice in images (first at ${ctx.at(first.map.range?.[0])}); kustomize applies the last one`, 'Merge the two entries into one, then bump it.');
    }
    return first;
}

;// CONCATENATED MODULE: ./packages/kustomize/src/verify.ts



const HINT = 'This is a bug in the surgical editor; please report it with the file. Nothing was written.';
/** Proves that `after` differs from `before` by exactly `changes`, under YAML 1.2 and 1.1 alike. */
function verifyImageEdit(before, after, changes, fileLabel) {
    const fail = (what) => new src_errors/* SurgicalEditError */.j(`${fileLabel}: ${what}`, HINT);
    for (const version of ['1.2', '1.1']) {
        const [was, now] = [
            load(before, version, 'original', fail),
            load(after, version, 'edited', fail),
        ];
        const extra = now.warnings.filter((warning) => !was.warnings.includes(warning));
        if (extra.length > 0)
            throw fail(`the edited file parses with warnings: ${extra.join('; ')}`);
        const difference = firstDifference(applyChanges(was.data, changes, fail), now.data, '');
        if (difference !== undefined) {
            throw fail(`the edit changed more than intended (YAML ${version}): ${difference}`);
        }
    }
    checkReadBack(after, changes, fileLabel, fail);
}
function load(text, version, which, fail) {
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { version, prettyErrors: false });
    const doc = docs[0];
    if (docs.length !== 1 || doc === undefined)
        throw fail(`${which} text is not one YAML document`);
    const error = doc.errors[0];
    if (error !== undefined)
        throw fail(`${which} text does not parse: ${error.message}`);
    return {
        data: doc.toJS({ maxAliasCount: -1 }),
        warnings: doc.warnings.map((w) => w.message),
    };
}
function applyChanges(data, changes, fail) {
    const copy = structuredClone(data);
    const images = copy?.images;
    for (const change of changes) {
        const entry = Array.isArray(images)
            ? images.find((item) => isRecord(item) && item.name === change.name)
            : undefined;
        if (!isRecord(entry))
            throw fail(`image "${change.name}" is not in the original images`);
        for (const field of ['newTag', 'digest']) {
            const wanted = change[field];
            if (wanted === null)
                delete entry[field];
            else if (wanted !== undefined)
                entry[field] = wanted;
        }
    }
    return copy;
}
function checkReadBack(after, changes, fileLabel, fail) {
    let images;
    try {
        images = readImages(after, fileLabel);
    }
    catch (error) {
        if (error instanceof src_errors/* KustomizeError */.K)
            throw fail(`the edited images do not read back: ${error.message}`);
        throw error;
    }
    for (const change of changes) {
        const entry = images.find((image) => image.name === change.name);
        for (const field of ['newTag', 'digest']) {
            const wanted = change[field];
            if (wanted === undefined || entry?.[field] === (wanted ?? undefined))
                continue;
            throw fail(`image "${change.name}" reads back ${field}=${show(entry?.[field])}, not ${show(wanted)}`);
        }
    }
}
/** A description of the first place where `actual` differs from `expected`, or undefined. */
function firstDifference(expected, actual, path) {
    const [a, b] = [verify_normalize(expected), verify_normalize(actual)];
    if (Object.is(a, b))
        return undefined;
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length)
            return `${path || '(root)'}: expected ${a.length} items, found ${b.length}`;
        return firstDefined(a.length, (i) => firstDifference(a[i], b[i], `${path}[${i}]`));
    }
    if (isRecord(a) && isRecord(b)) {
        const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
        return firstDefined(keys.length, (i) => {
            const key = keys[i];
            if (!(key in a) || !(key in b))
                return `${path}.${key}: expected ${show(a[key])}, found ${show(b[key])}`;
            return firstDifference(a[key], b[key], `${path}.${key}`);
        });
    }
    return `${path || '(root)'}: expected ${show(a)}, found ${show(b)}`;
}
function verify_normalize(value) {
    if (value instanceof Date)
        return `Date(${value.getTime()})`;
    if (value instanceof Map || value instanceof Set)
        return Array.from(value);
    if (ArrayBuffer.isView(value))
        return Array.from(value);
    return value;
}
function firstDefined(count, probe) {
    for (let index = 0; index < count; index += 1) {
        const found = probe(index);
        if (found !== undefined)
            return found;
    }
    return undefined;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function show(value) {
    return value === undefined ? '(absent)' : JSON.stringify(value);
}

;// CONCATENATED MODULE: ./packages/kustomize/src/edit.ts





const EDIT_FIELDS = ['newTag', 'digest'];
// Whatever may follow a value on its line: blanks and a comment, up to the line break.
const LINE_TAIL = /[ \t]*(?:#[^\r\n]*)?(?=\r?\n|$)/y;
const UNSUPPORTED_HINT = 'Rewrite the entry in plain block style (`- name: app` / `  newTag: v1`, one key per line) and retry.';
/** Returns the new file text; only the targeted value bytes change. */
function setImages(source, changes, fileLabel) {
    const ctx = new SourceContext(fileLabel);
    const images = locateImages(source, ctx);
    rejectRepeatedNames(changes, fileLabel);
    const edits = changes.flatMap((change) => planChange(source, findImage(images, change.name, ctx), change, ctx));
    if (edits.length === 0)
        return source;
    const after = applyEdits(source, edits, ctx);
    verifyImageEdit(source, after, changes, fileLabel);
    return after;
}
function rejectRepeatedNames(changes, fileLabel) {
    const names = changes.map((change) => change.name);
    const repeated = names.find((name, index) => names.indexOf(name) !== index);
    if (repeated !== undefined) {
        throw new src_errors/* KustomizeError */.K(`${fileLabel}: image "${repeated}" is requested more than once`, 'Give each image once, with its tag and digest together.');
    }
}
function findImage(images, name, ctx) {
    const image = uniqueImage(images, name, ctx);
    if (image !== undefined)
        return image;
    const existing = images.map((candidate) => `"${candidate.entry.name}"`).join(', ');
    throw new src_errors/* KustomizeError */.K(`${ctx.fileLabel}: image "${name}" is not in images (${existing === '' ? 'there are no images entries' : `found: ${existing}`})`, `Use one of the names listed under images: in ${ctx.fileLabel}, or add an entry for "${name}" first.`);
}
function planChange(source, image, change, ctx) {
    const edits = [];
    for (const field of EDIT_FIELDS) {
        const wanted = change[field];
        if (wanted === undefined)
            continue;
        const pair = findPair(image.map, field);
        const edit = wanted === null
            ? pair && removePair(source, image.map, pair, ctx)
            : pair
                ? replaceValue(source, pair, wanted, ctx)
                : insertPair(source, image.map, anchorFor(image.map, field, change), field, wanted, ctx);
        if (edit)
            edits.push(edit);
    }
    return edits;
}
/** The sibling a new key goes after: newTag after newName/name, digest after newTag/newName/name. */
function anchorFor(map, field, change) {
    const newTag = findPair(map, 'newTag');
    if (field === 'digest' && newTag !== undefined && change.newTag !== null)
        return newTag;
    return findPair(map, 'newName') ?? findPair(map, 'name');
}
function replaceValue(source, pair, wanted, ctx) {
    const node = editableValue(source, pair, ctx);
    if (node.value === wanted)
        return undefined;
    const [start, end] = node.range;
    if (start === end) {
        // An empty value (`newTag:`): write after the colon, leaving any comment where it is.
        const colon = source.indexOf(':', pair.key.range[1]);
        return { start: colon + 1, end: colon + 1, text: ` ${formatScalar(wanted, 'PLAIN')}` };
    }
    return { start, end, text: formatScalar(wanted, node.type) };
}
function editableValue(source, pair, ctx) {
    const node = pair.value;
    const field = keyName(pair);
    const fail = (why) => new src_errors/* SurgicalEditError */.j(`${ctx.at(node?.range?.[0])}: \`${field}\` ${why}`, UNSUPPORTED_HINT);
    if (!(0,dist/* isScalar */.jn)(node))
        throw fail('is not a plain scalar (alias or collection)');
    if (node.anchor !== undefined || node.tag !== undefined)
        throw fail('carries an anchor or tag');
    if (node.type?.startsWith('BLOCK'))
        throw fail('is a block scalar');
    const [start, end] = node.range;
    if (/[\r\n]/.test(source.slice(start, end)))
        throw fail('spans several lines');
    return node;
}
function insertPair(source, map, anchor, field, value, ctx) {
    const style = anchorStyle(anchor, ctx);
    const pairText = `${field}: ${formatScalar(value, style)}`;
    const valueEnd = endOf(anchor);
    if (map.flow)
        return { start: valueEnd, end: valueEnd, text: `, ${pairText}` };
    const keyStart = startOf(anchor);
    const lineStart = source.lastIndexOf('\n', keyStart - 1) + 1;
    const prefix = source.slice(lineStart, keyStart);
    if (!/^[ -]*$/.test(prefix)) {
        throw new src_errors/* SurgicalEditError */.j(`${ctx.at(keyStart)}: cannot tell the indentation for a new \`${field}\` line`, UNSUPPORTED_HINT);
    }
    const lineEnd = lineTailEnd(source, valueEnd, ctx);
    const text = `${lineEnding(source, lineEnd)}${' '.repeat(prefix.length)}${pairText}`;
    return { start: lineEnd, end: lineEnd, text };
}
/** New keys take the quote style of the sibling they follow. */
function anchorStyle(anchor, ctx) {
    const node = anchor.value;
    if (!(0,dist/* isScalar */.jn)(node) || node.type === 'PLAIN' || node.type === undefined)
        return 'PLAIN';
    if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')
        return node.type;
    throw new src_errors/* SurgicalEditError */.j(`${ctx.at(node.range?.[0])}: cannot add a key after the block scalar \`${keyName(anchor)}\``, UNSUPPORTED_HINT);
}
function removePair(source, map, pair, ctx) {
    editableValue(source, pair, ctx);
    return map.flow ? removeFlowPair(source, map, pair, ctx) : removeBlockLine(source, pair, ctx);
}
function removeBlockLine(source, pair, ctx) {
    const keyStart = startOf(pair);
    const lineStart = source.lastIndexOf('\n', keyStart - 1) + 1;
    if (!/^ *$/.test(source.slice(lineStart, keyStart))) {
        throw new src_errors/* SurgicalEditError */.j(`${ctx.at(keyStart)}: \`${keyName(pair)}\` shares its line with other content, so it cannot be removed line-wise`, 'Move it below the `name:` line and retry.');
    }
    const lineEnd = lineTailEnd(source, endOf(pair), ctx);
    if (lineEnd < source.length) {
        return { start: lineStart, end: lineEnd + (source[lineEnd] === '\r' ? 2 : 1), text: '' };
    }
    // Last line without a final newline: drop the line break before it so the file still lacks one.
    const breakLength = source.slice(0, lineStart).endsWith('\r\n') ? 2 : 1;
    return { start: lineStart - breakLength, end: lineEnd, text: '' };
}
function removeFlowPair(source, map, pair, ctx) {
    const [keyStart, valueEnd] = [startOf(pair), endOf(pair)];
    if (map.items.indexOf(pair) > 0) {
        const comma = skipBlanks(source, keyStart - 1, -1);
        if (source[comma] === ',')
            return { start: comma, end: valueEnd, text: '' };
    }
    else {
        const comma = skipBlanks(source, valueEnd, 1);
        if (source[comma] === ',')
            return { start: keyStart, end: skipBlanks(source, comma + 1, 1), text: '' };
    }
    throw new src_errors/* SurgicalEditError */.j(`${ctx.at(keyStart)}: cannot remove this flow-mapping pair without touching comments`, UNSUPPORTED_HINT);
}
function skipBlanks(source, from, step) {
    let index = from;
    while (/[ \t\r\n]/.test(source[index] ?? ''))
        index += step;
    return index;
}
function keyName(pair) {
    return (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '?';
}
function startOf(pair) {
    return pair.key.range[0];
}
function endOf(pair) {
    return (pair.value?.range ?? pair.key.range ?? [0, 0])[1];
}
/** Offset of the line break after `from`, which may be followed only by blanks and a comment. */
function lineTailEnd(source, from, ctx) {
    LINE_TAIL.lastIndex = from;
    const match = LINE_TAIL.exec(source);
    if (match === null) {
        throw new src_errors/* SurgicalEditError */.j(`${ctx.at(from)}: the value shares its line with other content`, UNSUPPORTED_HINT);
    }
    return from + match[0].length;
}
function lineEnding(source, lineEnd) {
    if (lineEnd < source.length)
        return source[lineEnd] === '\r' ? '\r\n' : '\n';
    return source.includes('\r\n') ? '\r\n' : '\n';
}
function applyEdits(source, edits, ctx) {
    const ordered = edits
        .map((edit, order) => ({ ...edit, order }))
        .sort((a, b) => a.start - b.start || a.order - b.order);
    let out = '';
    let cursor = 0;
    for (const edit of ordered) {
        if (edit.start < cursor) {
            throw new src_errors/* SurgicalEditError */.j(`${ctx.fileLabel}: two edits overlap at offset ${edit.start}`);
        }
        out += source.slice(cursor, edit.start) + edit.text;
        cursor = edit.end;
    }
    return out + source.slice(cursor);
}

;// CONCATENATED MODULE: ./packages/kustomize/src/diff.ts
/** A git-style unified diff of two texts; '' when they are equal. */
function unifiedDiff(path, before, after, context = 3) {
    if (before === after)
        return '';
    const ops = diffOps(splitLines(before), splitLines(after));
    const hunks = groupHunks(ops, context).map(formatHunk);
    return [`--- a/${path}\n`, `+++ b/${path}\n`, ...hunks].join('');
}
function splitLines(text) {
    if (text === '')
        return [];
    const parts = text.split('\n');
    const last = parts.pop();
    const lines = parts.map((part) => ({ text: part, eol: true }));
    if (last !== '')
        lines.push({ text: last, eol: false });
    return lines;
}
const keyOf = (line) => (line.eol ? `${line.text}\n` : line.text);
/** A minimal edit script (Myers) after trimming the common head and tail. */
function diffOps(a, b) {
    const [ka, kb] = [a.map(keyOf), b.map(keyOf)];
    let head = 0;
    while (head < a.length && head < b.length && ka[head] === kb[head])
        head += 1;
    let tail = 0;
    while (tail < a.length - head &&
        tail < b.length - head &&
        ka[a.length - 1 - tail] === kb[b.length - 1 - tail]) {
        tail += 1;
    }
    const middle = myers(ka.slice(head, a.length - tail), kb.slice(head, b.length - tail));
    const kinds = [...Array(head).fill(' '), ...middle, ...Array(tail).fill(' ')];
    let [x, y] = [0, 0];
    return kinds.map((kind) => {
        const op = { kind, line: (kind === '+' ? b[y] : a[x]), a: x, b: y };
        if (kind !== '+')
            x += 1;
        if (kind !== '-')
            y += 1;
        return op;
    });
}
function myers(a, b) {
    const [n, m] = [a.length, b.length];
    const offset = n + m + 1;
    const v = new Int32Array(2 * offset + 1);
    const trace = [];
    for (let d = 0; d <= n + m; d += 1) {
        trace.push(v.slice());
        for (let k = -d; k <= d; k += 2) {
            let x = down(v, k, d, offset)
                ? v[offset + k + 1]
                : v[offset + k - 1] + 1;
            let y = x - k;
            while (x < n && y < m && a[x] === b[y])
                [x, y] = [x + 1, y + 1];
            v[offset + k] = x;
            if (x >= n && y >= m)
                return backtrack(trace, n, m, offset);
        }
    }
    return [];
}
/** Whether the path to diagonal k comes from k+1 (an insertion) rather than k-1 (a deletion). */
function down(v, k, d, offset) {
    return k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]);
}
function backtrack(trace, n, m, offset) {
    const kinds = [];
    let [x, y] = [n, m];
    for (let d = trace.length - 1; d >= 0; d -= 1) {
        const v = trace[d];
        const k = x - y;
        const prevK = down(v, k, d, offset) ? k + 1 : k - 1;
        const prevX = v[offset + prevK];
        const prevY = prevX - prevK;
        while (x > prevX && y > prevY)
            [x, y, kinds[kinds.length]] = [x - 1, y - 1, ' '];
        if (d > 0)
            kinds.push(x === prevX ? '+' : '-');
        [x, y] = [prevX, prevY];
    }
    return kinds.reverse();
}
/** Changes closer than 2*context lines share a hunk, as in git. */
function groupHunks(ops, context) {
    const changed = ops.flatMap((op, index) => (op.kind === ' ' ? [] : [index]));
    const hunks = [];
    let start = -1;
    let end = -1;
    for (const index of changed) {
        if (start >= 0 && index - end - 1 > 2 * context) {
            hunks.push(ops.slice(start, end + context + 1));
            start = -1;
        }
        if (start < 0)
            start = Math.max(0, index - context);
        end = index;
    }
    hunks.push(ops.slice(start, end + context + 1));
    return hunks;
}
function formatHunk(ops) {
    const first = ops[0];
    const oldCount = ops.filter((op) => op.kind !== '+').length;
    const newCount = ops.filter((op) => op.kind !== '-').length;
    const header = `@@ -${range(first.a, oldCount)} +${range(first.b, newCount)} @@\n`;
    return header + ops.map(formatLine).join('');
}
function range(before, count) {
    const start = count === 0 ? before : before + 1;
    return count === 1 ? `${start}` : `${start},${count}`;
}
function formatLine(op) {
    const text = op.line.text.endsWith('\r') ? op.line.text.slice(0, -1) : op.line.text;
    return `${op.kind}${text}\n${op.line.eol ? '' : '\\ No newline at end of file\n'}`;
}

;// CONCATENATED MODULE: ./actions/bump-overlay-tag/src/bump.ts




function stateOf(entry) {
    return { tag: entry.newTag ?? null, digest: entry.digest ?? null };
}
function findEntry(entries, name, file) {
    const matches = entries.filter((candidate) => candidate.name === name);
    if (matches.length > 1) {
        throw new errors/* ActionError */.l(`Image ${(0,references/* quoteValue */.cl)(name)} is listed ${matches.length} times in the images list of ${file}; kustomize applies the last, so no single edit can change it.`, {
            hint: 'Merge its entries into one, then bump it. Other images of the file can be bumped meanwhile.',
        });
    }
    const entry = matches[0];
    if (entry)
        return entry;
    const known = entries.map((candidate) => candidate.name);
    const byNewName = entries.find((candidate) => candidate.newName === name);
    const hint = byNewName
        ? `Images are matched by images[].name: use ${(0,references/* quoteValue */.cl)(byNewName.name)} (its newName is ${(0,references/* quoteValue */.cl)(name)}).`
        : `Images in ${file}: ${known.length > 0 ? known.map(references/* quoteValue */.cl).join(', ') : '(none)'}.`;
    throw new errors/* ActionError */.l(`Image ${(0,references/* quoteValue */.cl)(name)} is not in the images list of ${file}.`, {
        hint,
    });
}
/** A tag alone replaces a stale digest pin: kustomize would keep pulling the old digest. */
function targetState(request, old) {
    if (typeof request.tag === 'string' && request.digest === undefined) {
        return { tag: request.tag, digest: null };
    }
    return {
        tag: request.tag === undefined ? old.tag : request.tag,
        digest: request.digest === undefined ? old.digest : request.digest,
    };
}
/** `v1.2`, `10.2.3`, `2024.05.01.3`, `1.2.3-rc1`: one to four numbers, an optional suffix. */
const VERSION_TAG = /^v?(\d+(?:\.\d+){0,3})(?:-([0-9A-Za-z.-]+))?$/;
/**
 * Tags compare when both are semver, or both are dotted numbers (`10.2.3` -> `1.10` is a
 * downgrade: numbers compare per component, missing ones are 0; a pre-release suffix sorts
 * below the same numbers without one). Other tags (`latest`, a git sha) never compare.
 */
function isDowngrade(from, to) {
    const older = from ? semver_default().parse(from) : null;
    const newer = to ? semver_default().parse(to) : null;
    if (older !== null && newer !== null)
        return semver_default().lt(newer, older);
    const [a, b] = [from ? VERSION_TAG.exec(from) : null, to ? VERSION_TAG.exec(to) : null];
    if (!a || !b)
        return false;
    const numbers = (match) => (match[1] ?? '').split('.').map(Number);
    const [x, y] = [numbers(a), numbers(b)];
    for (let index = 0; index < Math.max(x.length, y.length); index += 1) {
        const difference = (y[index] ?? 0) - (x[index] ?? 0);
        if (difference !== 0)
            return difference < 0;
    }
    return b[2] !== undefined && a[2] === undefined;
}
function checkTagPattern(name, state, policy) {
    if (!policy.tagPattern || state.tag === null || policy.tagPattern.test(state.tag))
        return;
    throw new errors/* ActionError */.l(`Tag ${(0,references/* quoteValue */.cl)(state.tag)} for ${(0,references/* quoteValue */.cl)(name)} does not match tag-pattern ${policy.tagPattern.source}.`, { hint: 'Release a tag that matches the pattern, or change tag-pattern.' });
}
function changeFor(name, from, to) {
    const change = { name };
    if (from.tag !== to.tag)
        change.newTag = to.tag;
    if (from.digest !== to.digest)
        change.digest = to.digest;
    return Object.keys(change).length > 1 ? change : undefined;
}
function guardDowngrades(file, downgrades, policy) {
    if (downgrades.length === 0 || policy.allowDowngrade)
        return;
    throw new errors/* ActionError */.l(`Refusing to downgrade in ${file}: ${downgrades.join('; ')}.`, {
        hint: 'To roll back on purpose, set allow-downgrade: true and give a reason.',
    });
}
/** Pure: the new overlay file for the requested images, after every guard. */
function planBump(file, requests, policy) {
    const entries = readImages(file.content, file.path);
    const previous = {};
    const current = {};
    const changes = [];
    const downgrades = [];
    for (const request of requests) {
        const old = stateOf(findEntry(entries, request.name, file.path));
        const next = targetState(request, old);
        checkTagPattern(request.name, next, policy);
        if (isDowngrade(old.tag, next.tag))
            downgrades.push(`${request.name} ${old.tag} -> ${next.tag}`);
        previous[request.name] = old;
        current[request.name] = next;
        const change = changeFor(request.name, old, next);
        if (change)
            changes.push(change);
    }
    guardDowngrades(file.path, downgrades, policy);
    const after = changes.length > 0 ? setImages(file.content, changes, file.path) : file.content;
    return {
        path: file.path,
        before: file.content,
        after,
        changed: after !== file.content,
        previous,
        current,
        downgrades,
        diff: unifiedDiff(file.path, file.content, after),
    };
}
/** One entry per name, the one kustomize applies (the last). */
function lastOfEach(entries) {
    return [...new Map(entries.map((entry) => [entry.name, entry])).values()];
}
/** Requests that copy another overlay's pins (promotion). */
function promotionRequests(source, names) {
    const entries = readImages(source.content, source.path);
    const chosen = names.length > 0
        ? names.map((name) => findEntry(entries, name, source.path))
        : lastOfEach(entries);
    return chosen.map((entry) => {
        if (entry.newTag === undefined && entry.digest === undefined) {
            throw new errors/* ActionError */.l(`Image ${(0,references/* quoteValue */.cl)(entry.name)} in ${source.path} has neither newTag nor digest to promote.`, { hint: 'Promote from an overlay that pins the image.' });
        }
        // Copy both parts exactly: an absent digest clears one in the target.
        return { name: entry.name, tag: entry.newTag ?? null, digest: entry.digest ?? null };
    });
}

;// CONCATENATED MODULE: ./actions/bump-overlay-tag/src/message.ts


function referenceOf(name, state) {
    return (0,references/* formatReference */.FH)(name, state?.tag, state?.digest);
}
function shortValue(state) {
    return state?.tag ?? state?.digest?.slice(0, 19) ?? 'unset';
}
function changedNames(plan) {
    return Object.keys(plan.current).filter((name) => plan.current[name]?.tag !== plan.previous[name]?.tag ||
        plan.current[name]?.digest !== plan.previous[name]?.digest);
}
function defaultSubject(plan, context) {
    const environment = external_node_path_.posix.basename(context.overlayDir);
    const names = changedNames(plan);
    const what = names.length === 1
        ? `${names[0]} ${shortValue(plan.current[names[0] ?? ''])}`
        : `${names.length} images`;
    if (context.promotedFrom) {
        return `promote(${environment}): ${what} from ${external_node_path_.posix.basename(context.promotedFrom.overlayDir)}`;
    }
    const verb = plan.downgrades.length > 0 ? 'rollback' : 'deploy';
    return `${verb}(${environment}): ${what}`;
}
/** Subject, then machine-readable trailers (git interpret-trailers can read them). */
function commitMessage(plan, context) {
    const names = changedNames(plan);
    const trailers = [
        ...names.map((name) => `Image: ${referenceOf(name, plan.current[name])}`),
        ...names.map((name) => `Previous: ${referenceOf(name, plan.previous[name])}`),
        ...(context.promotedFrom
            ? [
                `Promoted-From: ${external_node_path_.posix.basename(context.promotedFrom.overlayDir)}@${context.promotedFrom.sha}`,
            ]
            : []),
        ...(context.reason ? [`Reason: ${context.reason}`] : []),
        ...(context.runUrl ? [`Run-URL: ${context.runUrl}`] : []),
    ];
    const subject = (context.subject ?? defaultSubject(plan, context)).trimEnd();
    return `${subject}\n\n${trailers.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./actions/bump-overlay-tag/src/validate.ts





function withoutFolder(text, folders) {
    const relative = folders.reduce((result, folder) => result.split(`${folder}/`).join('').split(folder).join('.'), text);
    return relative.replace(/^kubectl kustomize \S+ failed: /, '');
}
async function describeFailure(error, dir) {
    const message = error instanceof Error ? error.message : String(error);
    const code = error?.cause?.code;
    return {
        text: withoutFolder(message, [await (0,promises_.realpath)(dir), dir]),
        toolMissing: code === 'ENOENT',
    };
}
/** Renders overlayDir in a temporary copy of `tree` (with `edited` over it); undefined when it renders. */
async function validate_renderFailure(store, tree, overlayDir, render, edited) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'bump-render-'));
    try {
        await store.materialize(tree, dir, overlayDir);
        if (edited)
            await (0,promises_.writeFile)((0,external_node_path_.join)(dir, ...edited.path.split('/')), edited.content);
        return await render((0,external_node_path_.join)(dir, overlayDir)).then(() => undefined, (error) => describeFailure(error, dir));
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
function beforeEditHint(edit, after, before) {
    const at = `${edit.branch} (${edit.tip.slice(0, 12)})`;
    if (!before) {
        return `Without the edit it renders on ${at}, so the new values break it. Nothing was committed; validate: none skips this check.`;
    }
    const why = before.text === after ? 'the same error' : before.text;
    return `Without the edit it does not render on ${at} either (${why}), so the overlay on ${edit.branch} is broken, not the edit. Fix it there first, or set validate: none to skip this check. Nothing was committed.`;
}
/** Renders the edited overlay; when it fails, renders the unedited one to say which is broken. */
async function validateEdit(store, render, edit) {
    const base = await store.treeOf(edit.tip);
    const after = await validate_renderFailure(store, base, edit.overlayDir, render, edit.file);
    if (!after)
        return;
    if (after.toolMissing) {
        throw new errors/* ActionError */.l(`validate: kustomize could not run kubectl: ${after.text}`, {
            hint: 'Install kubectl (kustomize v5) on the runner, or set validate: none.',
        });
    }
    const before = await validate_renderFailure(store, base, edit.overlayDir, render);
    throw new errors/* ActionError */.l(`Overlay ${(0,references/* quoteValue */.cl)(edit.overlayDir)} does not render with the edit (kubectl kustomize): ${after.text}`, { hint: beforeEditHint(edit, after.text, before) });
}

;// CONCATENATED MODULE: ./actions/bump-overlay-tag/src/land.ts





async function requestsAt(settings, source, store, tip) {
    if (!source)
        return { requests: settings.requests };
    const sha = await source.commit(tip);
    const file = await (0,overlay/* readOverlay */.re)(store, sha, source.overlay, settings.branch);
    const names = settings.requests.map((request) => request.name);
    const requests = promotionRequests(file, names);
    return { requests, promotedFrom: { overlayDir: (0,overlay/* overlayDirectory */.GX)(file), sha } };
}
/** Read -> decide -> validate, from scratch for a given tip. */
async function prepare(settings, deps, source, tip) {
    const { store } = deps;
    const file = await (0,overlay/* readOverlay */.re)(store, tip, settings.overlay, settings.branch);
    const { requests, promotedFrom } = await requestsAt(settings, source, store, tip);
    const plan = planBump(file, requests, settings);
    const attempt = { tip, plan, ...(promotedFrom && { promotedFrom }) };
    if (!plan.changed)
        return attempt;
    const edited = { path: plan.path, content: plan.after };
    const edit = { overlayDir: (0,overlay/* overlayDirectory */.GX)(file), branch: settings.branch, tip, file: edited };
    if (deps.render)
        await validateEdit(store, deps.render, edit);
    // A dry run (the preview before an approval) writes nothing, so it needs only contents: read.
    if (settings.mode !== 'dry-run')
        attempt.tree = await store.writeTree(tip, edited);
    return attempt;
}
function promotionSource(settings, store) {
    const from = settings.promoteFrom;
    if (!from)
        return undefined;
    const ref = from.ref;
    let pinned;
    // Without promote-from-ref, promote what the source overlay holds at the tip being landed on.
    const commit = (tip) => ref ? (pinned ??= store.resolveCommit(ref)) : Promise.resolve(tip);
    return { overlay: from.overlay, commit };
}
function attemptOverlayDir(attempt) {
    return (0,overlay/* overlayDirectory */.GX)(attempt.plan);
}
function messageFor(settings, attempt) {
    return commitMessage(attempt.plan, {
        overlayDir: attemptOverlayDir(attempt),
        subject: settings.commitMessage,
        promotedFrom: attempt.promotedFrom,
        reason: settings.reason,
        runUrl: settings.runUrl,
    });
}
async function publish(settings, store, attempt) {
    if (!attempt.tree)
        throw new Error('internal: publishing an attempt without a tree');
    const sha = await store.commit(attempt.tree, attempt.tip, messageFor(settings, attempt));
    return store.publish(sha);
}
/** Computes the bump and, unless dry-run, lands it with compare-and-swap retries. */
async function bumpOverlay(settings, deps) {
    const source = promotionSource(settings, deps.store);
    if (settings.mode === 'dry-run') {
        const attempt = await prepare(settings, deps, source, await deps.store.readTip());
        return { status: attempt.plan.changed ? 'planned' : 'unchanged', attempt, attempts: 1 };
    }
    const result = await landWithCompareAndSwap({
        maxAttempts: settings.maxAttempts,
        readTip: () => deps.store.readTip(),
        plan: (tip) => prepare(settings, deps, source, tip),
        isNoop: (attempt) => !attempt.plan.changed,
        publish: (_tip, attempt) => publish(settings, deps.store, attempt),
        ...(deps.onRetry && { onRetry: deps.onRetry }),
        ...(deps.sleep && { sleep: deps.sleep }),
    });
    if (result.status === 'noop')
        return { status: 'unchanged', attempt: result.plan, attempts: result.attempts };
    return { status: 'landed', attempt: result.plan, sha: result.sha, attempts: result.attempts };
}

// EXTERNAL MODULE: ./packages/github/src/errors.ts
var github_src_errors = __nccwpck_require__(3570);
;// CONCATENATED MODULE: ./actions/bump-overlay-tag/src/permissions.ts

function writesOf(settings) {
    if (settings.mode === 'dry-run')
        return {};
    return {
        contents: 'the step then commits',
        ...(settings.mode === 'pull-request' && {
            pull_requests: 'mode: pull-request then opens or updates the pull request',
        }),
    };
}
function acceptedPermissions(error) {
    const cause = error.cause;
    const value = cause?.response?.headers?.['x-accepted-github-permissions'];
    return typeof value === 'string' ? value : undefined;
}
/**
 * A 403 on a read names `scope=read` (e.g. listing pull requests), yet the step goes on to write
 * with that scope: a token granted only what the hint said would fail one call later.
 */
function withWritePermissions(error, writes) {
    if (!(error instanceof github_src_errors/* GitHubPortError */.VY) || error.status !== 403)
        return error;
    const accepted = acceptedPermissions(error);
    const raised = new Set();
    const needed = accepted?.replace(/([a-z_]+)=read/g, (pair, scope) => {
        if (writes[scope] === undefined)
            return pair;
        raised.add(scope);
        return `${scope}=write`;
    });
    if (!needed || raised.size === 0)
        return error;
    const why = [...raised].map((scope) => writes[scope]).join(', and ');
    return new github_src_errors/* GitHubPortError */.VY(error.message, {
        status: 403,
        hint: `${(0,github_src_errors/* permissionHint */.fm)(needed)}: the call that failed only reads, but ${why}`,
        cause: error.cause,
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./actions/bump-overlay-tag/src/propose.ts


const SLUG_LIMIT = 60;
function slug(text) {
    return text
        .replace(/[^a-zA-Z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .toLowerCase();
}
/** One deterministic branch per overlay and image set, so a re-run updates the same PR. */
function proposalBranch(overlayDir, imageNames) {
    const images = [...imageNames].sort().join('+');
    const readable = `${slug(overlayDir)}/${slug(images)}`;
    if (readable.length <= SLUG_LIMIT)
        return `bump-overlay-tag/${readable}`;
    const digest = (0,external_node_crypto_.createHash)('sha256').update(`${overlayDir}\n${images}`).digest('hex').slice(0, 12);
    return `bump-overlay-tag/${slug(overlayDir).slice(0, 40)}/${digest}`;
}
function pullRequestBody(summary) {
    return `${summary}\n---\nOpened by bump-overlay-tag. A re-run updates this pull request in place; merging it lands the change.\n`;
}
async function upsertPullRequest(pulls, existing, input) {
    if (!existing)
        return pulls.create(input);
    if (existing.title === input.title && existing.body === input.body)
        return existing;
    return pulls.update(existing.number, { title: input.title, body: input.body });
}
/** mode: pull-request - the same decision as push, landed on a proposal branch behind a PR. */
async function proposeBump(settings, deps, proposals, summarize) {
    const tip = await deps.store.readTip();
    const attempt = await prepare(settings, deps, promotionSource(settings, deps.store), tip);
    if (!attempt.plan.changed || !attempt.tree)
        return { status: 'unchanged', attempt, attempts: 1 };
    const message = messageFor(settings, attempt);
    const branch = proposalBranch(attemptOverlayDir(attempt), Object.keys(attempt.plan.current));
    // Read first: a token that cannot see pull requests fails before the branch moves.
    const existing = await proposals.pulls.findOpen(branch, settings.branch);
    const head = await proposals.branchHead(branch);
    const sha = head?.tree === attempt.tree ? head.sha : await deps.store.commit(attempt.tree, tip, message);
    await proposals.moveBranch(branch, sha);
    const proposed = { status: 'proposed', attempt, sha, attempts: 1 };
    const pullRequest = await upsertPullRequest(proposals.pulls, existing, {
        head: branch,
        base: settings.branch,
        title: message.split('\n')[0] ?? branch,
        body: pullRequestBody(summarize(proposed)),
    });
    return { ...proposed, pullRequest };
}

;// CONCATENATED MODULE: ./actions/bump-overlay-tag/src/summary.ts

function cell(state) {
    if (!state || (state.tag === null && state.digest === null))
        return '_unset_';
    const digest = state.digest ? ` \`@${state.digest.slice(0, 19)}…\`` : '';
    return `${state.tag ? `\`${state.tag}\`` : ''}${digest}`;
}
function commitLink(sha, settings) {
    if (!settings.repository)
        return `\`${sha}\``;
    return `[\`${sha.slice(0, 12)}\`](${settings.serverUrl}/${settings.repository}/commit/${sha})`;
}
function headline(outcome, settings) {
    const file = `\`${outcome.attempt.plan.path}\``;
    switch (outcome.status) {
        case 'unchanged':
            return `${file} already holds these values on \`${settings.branch}\`: nothing to commit.`;
        case 'planned':
            return `Dry run: ${file} would change on \`${settings.branch}\` as below. Nothing was committed.`;
        case 'landed':
            return `Landed ${commitLink(outcome.sha ?? '', settings)} on \`${settings.branch}\` after ${outcome.attempts} attempt(s).`;
        case 'proposed':
            return `Proposed ${commitLink(outcome.sha ?? '', settings)} for \`${settings.branch}\` in a pull request.`;
    }
}
/** Markdown for the job summary: old -> new per image, and the exact diff. */
function summaryMarkdown(outcome, settings) {
    const { plan } = outcome.attempt;
    const rows = Object.keys(plan.current).map((name) => [
        `\`${name}\``,
        cell(plan.previous[name]),
        cell(plan.current[name]),
    ]);
    const parts = [
        '### bump-overlay-tag',
        headline(outcome, settings),
        markdownTable(['Image', 'Previous', 'New'], rows),
    ];
    if (outcome.attempt.promotedFrom) {
        const { overlayDir, sha } = outcome.attempt.promotedFrom;
        parts.push(`Promoted from \`${overlayDir}\` at \`${sha.slice(0, 12)}\`.`);
    }
    if (settings.reason)
        parts.push(`Reason: ${escapeMarkdown(settings.reason)}`);
    if (plan.diff)
        parts.push(codeBlock(plan.diff, 'diff'));
    return `${parts.join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./actions/bump-overlay-tag/src/main.ts










function repositoryOf(settings) {
    const [owner, repo] = (settings.repository ?? '').split('/');
    if (!owner || !repo) {
        throw new errors/* ActionError */.l('GITHUB_REPOSITORY is not set to owner/name.', {
            hint: 'commit-method: api runs on a GitHub runner, which sets it.',
        });
    }
    return { owner, repo };
}
function dependencies(settings, store) {
    const render = settings.validate === 'kustomize' ? (dir) => renderKustomization(dir) : undefined;
    const onRetry = ({ attempt, delayMs, detail }) => (0,protocol/* warning */.$e)(`Attempt ${attempt} lost the race to ${settings.branch} (${detail}); retrying in ${delayMs} ms.`);
    if (settings.commitMethod === 'git') {
        (0,overlay/* assertInsideCheckout */.XI)(settings.repositoryPath, settings.overlay);
        if (settings.promoteFrom)
            (0,overlay/* assertInsideCheckout */.XI)(settings.repositoryPath, settings.promoteFrom.overlay);
    }
    return { store, render, onRetry };
}
/** The commit at which the overlay holds the requested values: new, proposed, or the tip. */
function revisionOf(outcome, settings) {
    if (settings.mode === 'dry-run')
        return '';
    return outcome.sha ?? outcome.attempt.tip;
}
function outputsOf(outcome, settings) {
    const { plan } = outcome.attempt;
    return {
        changed: plan.changed,
        'commit-sha': outcome.sha ?? '',
        revision: revisionOf(outcome, settings),
        previous: plan.previous,
        current: plan.current,
        diff: plan.diff,
        'pull-request-number': outcome.pullRequest?.number ?? '',
        'pull-request-url': outcome.pullRequest?.htmlUrl ?? '',
        attempts: outcome.attempts,
    };
}
function statusLine(outcome, settings) {
    switch (outcome.status) {
        case 'landed':
            return `Landed ${outcome.sha} on ${settings.branch}.`;
        case 'proposed':
            return `Proposed ${outcome.sha} in pull request #${outcome.pullRequest?.number}: ${outcome.pullRequest?.htmlUrl}`;
        case 'planned':
            return 'Dry run: nothing committed.';
        case 'unchanged':
            return 'Already up to date: nothing to commit.';
    }
}
async function decide(given) {
    const api = given.commitMethod === 'api'
        ? (await Promise.all(/* import() */[__nccwpck_require__.e(395), __nccwpck_require__.e(11)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2011))).apiMethod(given, repositoryOf(given))
        : undefined;
    if (!api)
        await assertCheckout(given.repositoryPath, given.workspace);
    const store = api?.store ?? new GitOverlayStore(given);
    const settings = await resolveFleetTarget(given, store);
    const deps = dependencies(settings, store);
    const summarize = (outcome) => summaryMarkdown(outcome, settings);
    const outcome = settings.mode === 'pull-request' && api
        ? await proposeBump(settings, deps, api.proposals(), summarize)
        : await bumpOverlay(settings, deps);
    return { outcome, settings };
}
async function run(env = process.env) {
    const given = readSettings(env);
    const { outcome, settings } = await decide(given).catch((error) => {
        throw withWritePermissions(error, writesOf(given));
    });
    if (outcome.attempt.plan.diff)
        (0,protocol/* info */.pq)(outcome.attempt.plan.diff);
    (0,protocol/* info */.pq)(statusLine(outcome, settings));
    await appendSummary(summaryMarkdown(outcome, settings));
    writeOutputs(outputsOf(outcome, settings));
}


/***/ }),

/***/ 4154:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GX: () => (/* binding */ overlayDirectory),
/* harmony export */   XI: () => (/* binding */ assertInsideCheckout),
/* harmony export */   mv: () => (/* binding */ unknownRef),
/* harmony export */   re: () => (/* binding */ readOverlay)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _infra_fleet_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8826);
/* harmony import */ var _infra_fleet_kustomize__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(84);
/* harmony import */ var _references_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8114);





/** Refuses an overlay whose checkout path resolves, through symlinks, outside the repository. */
function assertInsideCheckout(repositoryPath, overlay) {
    const onDisk = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(repositoryPath, overlay);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(onDisk))
        return;
    const real = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(repositoryPath), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(onDisk));
    if (real === '..' || real.startsWith(`..${'/'}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(real)) {
        throw new _infra_fleet_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l(`Overlay ${(0,_references_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteValue */ .cl)(overlay)} leads outside the repository through a symlink.`, {
            hint: 'Point overlay at a real directory inside the repository.',
        });
    }
}
function missing(overlay, commit, branch) {
    return new _infra_fleet_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l(`Overlay ${(0,_references_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteValue */ .cl)(overlay)} does not exist on ${branch} (commit ${commit.slice(0, 12)}).`, { hint: 'Check the overlay path (relative to the repository root) and the branch input.' });
}
/** promote-from-ref names nothing: `where` says where it was looked for. */
function unknownRef(ref, where, extra = '') {
    return new _infra_fleet_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l(`promote-from-ref ${(0,_references_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteValue */ .cl)(ref)}: no commit, branch or tag matches it ${where}.`, {
        hint: `Pass the commit the previous stage verified (its verified-sha output), or an existing branch or tag.${extra}`,
    });
}
/** The overlay's kustomization file at `commit` (a directory or the file itself). */
async function readOverlay(store, commit, overlay, branch) {
    const path = await kustomizationPath(store, commit, overlay, branch);
    const content = await store.readFile(commit, path);
    if (content === undefined)
        throw missing(overlay, commit, branch);
    return { path, content };
}
async function kustomizationPath(store, commit, overlay, branch) {
    if ((0,_infra_fleet_kustomize__WEBPACK_IMPORTED_MODULE_4__/* .isKustomizationFileName */ .FJ)(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.basename(overlay)))
        return overlay;
    const entries = await store.listDir(commit, overlay);
    if (entries === undefined)
        throw missing(overlay, commit, branch);
    return node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(overlay, (0,_infra_fleet_kustomize__WEBPACK_IMPORTED_MODULE_4__/* .pickKustomizationFile */ .d7)(entries, overlay));
}
function overlayDirectory(file) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(file.path);
}


/***/ }),

/***/ 8114:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   Fd: () => (/* binding */ hasControlCharacter),
/* harmony export */   He: () => (/* binding */ validateImageName),
/* harmony export */   Sp: () => (/* binding */ dockerReference),
/* harmony export */   cl: () => (/* binding */ quoteValue),
/* harmony export */   n2: () => (/* binding */ validateDigest),
/* harmony export */   tz: () => (/* binding */ parseImageLine),
/* harmony export */   z7: () => (/* binding */ validateTag)
/* harmony export */ });
/* harmony import */ var _infra_fleet_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8826);

const TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
// Kustomize matches images[].name literally; allow registry hosts, ports and paths only.
const IMAGE_NAME = /^[a-zA-Z0-9][a-zA-Z0-9._/:-]{0,254}$/;
function hasControlCharacter(value) {
    return [...value].some((ch) => {
        const code = ch.codePointAt(0) ?? 0;
        return code < 0x20 || code === 0x7f;
    });
}
/** Renders a user value so that it can be logged safely (no newlines, look-alikes visible). */
function quoteValue(value) {
    return JSON.stringify(value).replace(/[^\x20-\x7e]/g, (ch) => {
        const code = ch.codePointAt(0) ?? 0;
        return `\\u${code.toString(16).padStart(4, '0')}`;
    });
}
function firstBadCharacter(value, allowed) {
    const index = [...value].findIndex((ch) => !allowed.test(ch));
    if (index < 0)
        return undefined;
    const ch = [...value][index] ?? '';
    const code = `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    return `character ${quoteValue(ch)} (${code}) at position ${index + 1} is not allowed`;
}
function tagProblem(tag) {
    if (tag.length > 128)
        return `it is ${tag.length} characters long (at most 128)`;
    if (!/^[a-zA-Z0-9_]/.test(tag))
        return 'it must start with a letter, digit or underscore';
    return firstBadCharacter(tag, /[a-zA-Z0-9._-]/) ?? 'it does not match the OCI tag grammar';
}
function validateTag(input, tag) {
    if (TAG.test(tag))
        return tag;
    throw new _infra_fleet_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, `${quoteValue(tag)} is not a valid image tag: ${tagProblem(tag)}.`, 'Tags follow the OCI grammar [a-zA-Z0-9_][a-zA-Z0-9._-]{0,127} (ASCII only).');
}
function validateDigest(input, digest) {
    if (DIGEST.test(digest))
        return digest;
    const hint = /^sha256:[a-fA-F0-9]{64}$/.test(digest)
        ? 'Write the hex part in lower case.'
        : 'A digest is sha256: followed by 64 lower-case hex characters, as printed by `docker buildx imagetools inspect`.';
    throw new _infra_fleet_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, `${quoteValue(digest)} is not a valid sha256 digest.`, hint);
}
function validateImageName(input, name) {
    if (IMAGE_NAME.test(name))
        return name;
    throw new _infra_fleet_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, `${quoteValue(name)} is not a valid image name.`, "Use the image's name exactly as it appears under images[].name in the overlay.");
}
/** NAME:TAG, NAME@DIGEST or NAME:TAG@DIGEST; undefined for a bare name or parts that are not valid. */
function dockerReference(value) {
    const at = value.indexOf('@');
    const base = at < 0 ? value : value.slice(0, at);
    const digest = at < 0 ? undefined : value.slice(at + 1);
    const colon = base.lastIndexOf(':');
    const tag = colon > base.lastIndexOf('/') ? base.slice(colon + 1) : undefined;
    const name = tag === undefined ? base : base.slice(0, colon);
    if (tag === undefined && digest === undefined)
        return undefined;
    const valid = IMAGE_NAME.test(name) &&
        (tag === undefined || TAG.test(tag)) &&
        (digest === undefined || DIGEST.test(digest));
    return valid ? { name, ...(tag && { tag }), ...(digest && { digest }) } : undefined;
}
/** Parses one `images` line: NAME, NAME=TAG, NAME=TAG@sha256:..., or NAME@sha256:.... */
function parseImageLine(line) {
    const equals = line.indexOf('=');
    const at = line.indexOf('@');
    if (equals < 0 && at < 0)
        return { name: validateImageName('images', line) };
    if (equals < 0) {
        return {
            name: validateImageName('images', line.slice(0, at)),
            digest: validateDigest('images', line.slice(at + 1)),
        };
    }
    const name = validateImageName('images', line.slice(0, equals));
    const reference = line.slice(equals + 1);
    const digestAt = reference.indexOf('@');
    if (digestAt < 0)
        return { name, tag: validateTag('images', reference) };
    return {
        name,
        tag: validateTag('images', reference.slice(0, digestAt)),
        digest: validateDigest('images', reference.slice(digestAt + 1)),
    };
}
/** The `NAME=TAG@DIGEST` form used in trailers and logs. */
function formatReference(name, tag, digest) {
    const tagPart = tag ? `=${tag}` : '';
    const digestPart = digest ? `@${digest}` : '';
    return `${name}${tagPart}${digestPart}` + (tag || digest ? '' : ' (unset)');
}


/***/ }),

/***/ 8826:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError),
/* harmony export */   l: () => (/* binding */ ActionError)
/* harmony export */ });
/** An error meant for the user: message names the offending value; hint says what to do. */
class ActionError extends Error {
    hint;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = new.target.name;
        if (options.hint !== undefined)
            this.hint = options.hint;
    }
}
/** A value given to one input was wrong; the message starts with the input's name. */
class InputError extends ActionError {
    input;
    constructor(input, message, hint) {
        super(`Input '${input}': ${message}`, hint === undefined ? {} : { hint });
        this.input = input;
    }
}


/***/ }),

/***/ 1553:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput)
/* harmony export */ });
/* unused harmony exports formatCommand, issueCommand, appendFileCommand, notice, error, startGroup, endGroup, group */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
// The runner's protocol, written directly: @actions/core would pull in its HTTP client
// (undici, ~70 ms of a 110 ms cold start) that no action here needs.



function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** A workflow command line, e.g. `::error file=a.yml::message`. */
function formatCommand(command, message, properties = {}) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
function issueCommand(command, message, properties) {
    process.stdout.write(formatCommand(command, message, properties) + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
}
/** Appends `name<<DELIMITER` ... to a file command (GITHUB_OUTPUT, GITHUB_ENV, ...). */
function appendFileCommand(variable, name, value) {
    const file = process.env[variable];
    if (!file)
        return false;
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected input: the ${variable} value contains its delimiter.`);
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, 'utf8');
    return true;
}
const info = (message) => void process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
const debug = (message) => issueCommand('debug', message);
const warning = (message, properties) => issueCommand('warning', message, properties);
const notice = (message, properties) => issueCommand('notice', message, properties);
const error = (message, properties) => issueCommand('error', message, properties);
const startGroup = (name) => issueCommand('group', name);
const endGroup = () => issueCommand('endgroup', '');
async function group(name, body) {
    startGroup(name);
    try {
        return await body();
    }
    finally {
        endGroup();
    }
}
function setSecret(value) {
    issueCommand('add-mask', value);
}
/** Outputs go through GITHUB_OUTPUT only: the legacy set-output command is disabled on runners. */
function setOutput(name, value) {
    if (!appendFileCommand('GITHUB_OUTPUT', name, value)) {
        warning(`GITHUB_OUTPUT is not set; output ${name} was not written.`);
    }
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}


/***/ }),

/***/ 1592:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAction)
/* harmony export */ });
/* unused harmony export failureMessage */
/* harmony import */ var _protocol_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1553);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8826);


function hintOf(error) {
    // Library errors (kustomize, git) carry a hint without depending on action-kit.
    const hint = error instanceof Error ? error.hint : undefined;
    return typeof hint === 'string' && hint !== '' ? hint : undefined;
}
/** The text of a failure as the user sees it: the message, then `Hint: ...` when there is one. */
function failureMessage(error) {
    const message = error instanceof Error ? error.message : String(error);
    const hint = hintOf(error);
    return hint ? `${message}\nHint: ${hint}` : message;
}
/** Runs an action's main function; a failure marks the step failed and never escapes. */
async function runAction(main) {
    try {
        await main();
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l) && error instanceof Error && error.stack) {
            _protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .debug */ .Yz(error.stack);
        }
        _protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(failureMessage(error));
        process.exitCode = 1;
    }
}


/***/ }),

/***/ 3570:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   VY: () => (/* binding */ GitHubPortError),
/* harmony export */   _2: () => (/* binding */ failureFacts),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   fm: () => (/* binding */ permissionHint),
/* harmony export */   kb: () => (/* binding */ portError)
/* harmony export */ });
/* unused harmony export hintFor */
/** A GitHub call a port made that failed: the message names the operation and the resource. */
class GitHubPortError extends Error {
    status;
    /** What to do about it, e.g. which token permission is missing. */
    hint;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'GitHubPortError';
        if (options.status !== undefined)
            this.status = options.status;
        if (options.hint !== undefined)
            this.hint = options.hint;
    }
}
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
function failureFacts(error) {
    const like = (error ?? {});
    const data = like.response?.data;
    const base = typeof data?.message === 'string' ? data.message : String(like.message ?? error);
    const details = Array.isArray(data?.errors) ? data.errors.map(describeDetail) : [];
    return {
        status: statusOf(error),
        message: details.length > 0 ? `${base} (${details.join('; ')})` : base,
        headers: like.response?.headers ?? {},
    };
}
function describeDetail(detail) {
    if (typeof detail === 'string')
        return detail;
    const item = detail;
    if (typeof item.message === 'string')
        return item.message;
    return [item.field, item.code].filter((part) => typeof part === 'string').join(' ');
}
/**
 * `X-Accepted-GitHub-Permissions: contents=write; pull_requests=read,issues=read` -> a hint that
 * names them, in the workflow `permissions:` spelling too.
 */
function permissionHint(header) {
    const sets = header
        .split(';')
        .map((set) => set.trim())
        .filter((set) => set !== '');
    const spelled = sets.map((set) => set
        .split(',')
        .map((pair) => pair.trim().replace('=', ': '))
        .join(', '));
    const yaml = spelled.map((set) => set.replace(/_/g, '-'));
    return (`the token needs ${spelled.join(' or ')} ` +
        `(in a workflow: permissions: { ${yaml.join(' } or { ')} }; for a GitHub App, grant it on the app)`);
}
/** What to do about a failed call, from its status and headers; undefined when nothing useful. */
function hintFor(facts) {
    const header = (name) => {
        const value = facts.headers[name];
        return value === undefined ? undefined : String(value);
    };
    const accepted = header('x-accepted-github-permissions');
    if (accepted)
        return permissionHint(accepted);
    if (header('x-ratelimit-remaining') === '0') {
        const reset = Number(header('x-ratelimit-reset'));
        const at = Number.isFinite(reset) ? ` at ${new Date(reset * 1000).toISOString()}` : '';
        return `the API rate limit is exhausted; it resets${at}. Raise maxRateLimitWaitSeconds or run later`;
    }
    return statusHint(facts.status, facts.message);
}
function statusHint(status, message) {
    if (status === 401)
        return 'the token is missing, expired or revoked; pass a valid token';
    if (status === 403 && /secondary rate limit/i.test(message)) {
        return 'GitHub throttled this client (secondary rate limit); retry later with fewer concurrent writers';
    }
    if (status === 403)
        return 'the token may not do this here; check its permissions and scopes';
    if (status === 404) {
        return 'check the name; a private repository also answers 404 when the token cannot read it';
    }
    if (status === undefined || status >= 500) {
        return 'GitHub did not answer successfully after the retries; check https://www.githubstatus.com and retry';
    }
    return undefined;
}
/** Wraps a failure of `operation` on `resource` (e.g. "read branch", "main of o/r"). */
function portError(operation, resource, error) {
    if (error instanceof GitHubPortError)
        return error;
    const facts = failureFacts(error);
    const status = facts.status === undefined ? '' : `HTTP ${facts.status}: `;
    return new GitHubPortError(`Could not ${operation} ${resource}: ${status}${facts.message}`, {
        status: facts.status,
        hint: hintFor(facts),
        cause: error,
    });
}


/***/ }),

/***/ 479:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y: () => (/* binding */ overlayClosure)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/kustomize/src/files.ts
var files = __nccwpck_require__(84);
;// CONCATENATED MODULE: ./packages/kustomize/src/graph-paths.ts

/** Forms kustomize (and Flux) fetch instead of reading from the tree. */
const REMOTE = [
    /^[a-z][a-z0-9+.-]*:\/\//i, // https://, http://, ssh://, file://, oci://
    /^[a-z0-9]+::/i, // git::, s3::, hg::
    /^[\w.-]+@[\w.-]+:/, // git@github.com:org/repo
    /^(?:github\.com|gitlab\.com|bitbucket\.org|dev\.azure\.com)\//i,
    /[?&](?:ref|version|timeout|submodules)=/,
];
function isRemote(path) {
    return REMOTE.some((pattern) => pattern.test(path));
}
/** `ref` resolved against `dir` ('' is the repository root), kept inside the repository. */
function resolveLocal(dir, ref) {
    if (ref.startsWith('/')) {
        return { error: 'is an absolute path; write it relative to the file that names it' };
    }
    const joined = external_node_path_.posix.normalize(external_node_path_.posix.join(dir, ref)).replace(/\/+$/, '');
    if (joined === '..' || joined.startsWith('../')) {
        return { error: 'points outside the repository; keep references inside it' };
    }
    return { path: joined === '.' ? '' : joined };
}
/** A Flux spec.path is relative to the source root; Flux accepts './x', 'x' and '/x'. */
function resolveFluxPath(path) {
    return resolveLocal('', path.replace(/^\/+/, ''));
}
function parentDir(path) {
    const parent = external_node_path_.posix.dirname(path);
    return parent === '.' ? '' : parent;
}
function baseName(path) {
    return external_node_path_.posix.basename(path);
}

;// CONCATENATED MODULE: ./packages/kustomize/src/graph-tree.ts


/**
 * The largest file the graph parses. YAML parsing costs far more than the text (a 100 MB
 * manifest took minutes and gigabytes); a larger file is a problem for the nodes that use it.
 */
const MAX_PARSED_BYTES = 1024 * 1024;
/** Why `text` is too large to parse, or undefined. */
function tooLargeToParse(file, text) {
    if (text.length <= MAX_PARSED_BYTES / 4)
        return undefined;
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes <= MAX_PARSED_BYTES)
        return undefined;
    return `${file} is ${bytes} bytes, more than the ${MAX_PARSED_BYTES} bytes the graph parses, so what it names cannot be followed; split it into smaller files`;
}
function joinPath(dir, name) {
    return dir === '' ? name : `${dir}/${name}`;
}
/** A TreeReader with directory listings cached for one build; kinds come from the parent. */
class CachedTree {
    reader;
    listings = new Map();
    constructor(reader) {
        this.reader = reader;
    }
    entries(dir) {
        let listing = this.listings.get(dir);
        if (!listing) {
            listing = this.reader
                .listDir(dir)
                .then((list) => list && new Map(list.map((entry) => [entry.name, entry.kind])));
            this.listings.set(dir, listing);
        }
        return listing;
    }
    async kind(path) {
        if (path === '')
            return 'dir';
        return (await this.entries(parentDir(path)))?.get(baseName(path));
    }
    readText(path) {
        return this.reader.readText(path);
    }
    /** The kustomization file names present in `dir`. */
    async kustomizationNames(dir) {
        const listing = await this.entries(dir);
        return files/* KUSTOMIZATION_FILE_NAMES */.YU.filter((name) => listing?.has(name));
    }
    /** Every non-directory entry under `dir`, recursively, in name order. */
    async files(dir) {
        const listing = await this.entries(dir);
        const found = [];
        for (const [name, kind] of [...(listing ?? [])].sort(byName)) {
            const path = joinPath(dir, name);
            if (kind === 'dir')
                found.push(...(await this.files(path)));
            else
                found.push(path);
        }
        return found;
    }
}
function byName(a, b) {
    return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./packages/kustomize/src/graph-scan.ts
function isObj(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Collects the paths a parsed config names, and what is malformed about it. */
class Scan {
    refs = [];
    problems = [];
    path(hop, value, expect) {
        if (typeof value !== 'string' || value.trim() === '') {
            this.problems.push(`\`${hop}\` must be a non-empty path, got ${JSON.stringify(value)}`);
            return;
        }
        this.refs.push({ hop: `${hop} ${value}`, path: value.trim(), expect });
    }
    /** The items of a list field; null/absent is an empty list. */
    list(value, where) {
        if (value === undefined || value === null)
            return [];
        if (Array.isArray(value))
            return value;
        this.problems.push(`\`${where}\` must be a list, got ${JSON.stringify(value)}`);
        return [];
    }
    /** The list items that are mappings; others are reported. */
    objects(value, where) {
        return this.list(value, where).filter((item) => {
            if (isObj(item))
                return true;
            this.problems.push(`\`${where}\` entries must be mappings, got ${JSON.stringify(item)}`);
            return false;
        });
    }
    /** A mapping field; null/absent is undefined. */
    object(value, where) {
        if (value === undefined || value === null)
            return undefined;
        if (isObj(value))
            return value;
        this.problems.push(`\`${where}\` must be a mapping, got ${JSON.stringify(value)}`);
        return undefined;
    }
    /** Every string of a list field as a path. */
    paths(value, where, expect) {
        for (const item of this.list(value, where))
            this.path(where, item, expect);
    }
    /** `path:` of every mapping of a list field (entries without one are inline). */
    pathFields(value, where, expect) {
        for (const item of this.objects(value, where)) {
            if (item.path !== undefined && item.path !== null)
                this.path(where, item.path, expect);
        }
    }
}
/** The name to show for a generator or chart entry in a hop. */
function entryName(entry, ...keys) {
    const value = keys.map((key) => entry[key]).find((v) => typeof v === 'string' && v !== '');
    return typeof value === 'string' ? value : '(unnamed)';
}

;// CONCATENATED MODULE: ./packages/kustomize/src/graph-plugins.ts


/**
 * True when kustomize would read the entry as inline YAML rather than a path: it tries the
 * string as manifests first, and only a mapping document is a manifest.
 */
function isInlineYaml(entry) {
    if (typeof entry !== 'string' || !/[\n:{]/.test(entry))
        return false;
    const docs = (0,dist/* parseAllDocuments */.hR)(entry);
    return docs.some((doc) => doc.errors.length === 0 && isObj(doc.toJS()));
}
/** Paths of a strategic-merge patch list whose entries may be files or inline patches. */
function strategicMergePaths(scan, value, where) {
    for (const entry of scan.list(value, where)) {
        if (!isInlineYaml(entry))
            scan.path(where, entry, 'file');
    }
}
/** `files` (path or key=path), `envs` and `env` of a ConfigMap/Secret generator. */
function generatorFiles(scan, entry, prefix) {
    for (const source of scan.list(entry.files, `${prefix} files`)) {
        fileSource(scan, source, `${prefix} files`);
    }
    scan.paths(entry.envs, `${prefix} envs`, 'file');
    if (entry.env !== undefined && entry.env !== null)
        scan.path(`${prefix} env`, entry.env, 'file');
}
/** Mirrors kustomize's ParseFileSource: 'path' or 'key=path', never more than one '='. */
function fileSource(scan, source, where) {
    if (typeof source !== 'string' || !source.includes('=')) {
        scan.path(where, source, 'file');
        return;
    }
    const separator = source.indexOf('=');
    if (separator !== source.lastIndexOf('=') || separator === 0 || source.endsWith('=')) {
        scan.problems.push(`\`${where}\` entry "${source}" is neither "path" nor "key=path"`);
        return;
    }
    scan.refs.push({ hop: `${where} ${source}`, path: source.slice(separator + 1), expect: 'file' });
}
/** Values files of a helm chart entry (helmCharts, or the HelmChartInflationGenerator config). */
function chartValues(scan, chart, prefix) {
    if (chart.valuesFile !== undefined && chart.valuesFile !== null) {
        scan.path(`${prefix} valuesFile`, chart.valuesFile, 'file');
    }
    scan.paths(chart.additionalValuesFiles, `${prefix} additionalValuesFiles`, 'file');
}
function optionalPath(scan, value, hop) {
    if (value !== undefined && value !== null)
        scan.path(hop, value, 'file');
}
/** Builtin plugin configs (`apiVersion: builtin`) that name files, by kind. */
const BUILTINS = {
    PatchTransformer: (s, c, p) => optionalPath(s, c.path, `${p} path`),
    PatchJson6902Transformer: (s, c, p) => optionalPath(s, c.path, `${p} path`),
    PatchStrategicMergeTransformer: (s, c, p) => strategicMergePaths(s, c.paths, `${p} paths`),
    ConfigMapGenerator: generatorFiles,
    SecretGenerator: generatorFiles,
    ReplacementTransformer: (s, c, p) => s.pathFields(c.replacements, `${p} replacements`, 'file'),
    HelmChartInflationGenerator: (s, c, p) => {
        chartValues(s, c, p);
        if (c.chartHome !== undefined && c.chartHome !== null) {
            s.path(`${p} chartHome`, c.chartHome, c.repo ? 'optional-tree' : 'tree');
        }
    },
};
/**
 * The files one generator/transformer/validator config names. Paths in it are relative to
 * the kustomization that lists the config. `prefix` starts each hop.
 */
function scanPluginConfig(scan, config, prefix) {
    if (!isObj(config))
        return;
    const label = `${prefix}${String(config.kind)} ${entryName(asObj(config.metadata), 'name')}`;
    const builtin = config.apiVersion === 'builtin' ? BUILTINS[String(config.kind)] : undefined;
    builtin?.(scan, config, label);
    execPath(scan, config, label);
}
function asObj(value) {
    return isObj(value) ? value : {};
}
/** A KRM exec function runs a local executable: `config.kubernetes.io/function: exec: {path}`. */
function execPath(scan, config, label) {
    const annotations = asObj(asObj(config.metadata).annotations);
    const spec = annotations['config.kubernetes.io/function'];
    if (typeof spec !== 'string')
        return;
    const docs = (0,dist/* parseAllDocuments */.hR)(spec);
    const exec = asObj(asObj(docs[0]?.toJS()).exec);
    if (exec.path !== undefined)
        scan.path(`${label} exec path`, exec.path, 'file');
}

;// CONCATENATED MODULE: ./packages/kustomize/src/graph-fields.ts



/** Every kustomization field that names local files, and how each is read. */
const FIELDS = {
    resources: (s, v) => s.paths(v, 'resources', 'resource'),
    bases: (s, v) => s.paths(v, 'bases', 'resource'),
    components: (s, v) => s.paths(v, 'components', 'resource'),
    crds: (s, v) => s.paths(v, 'crds', 'file'),
    configurations: (s, v) => s.paths(v, 'configurations', 'file'),
    patches: (s, v) => s.pathFields(v, 'patches', 'file'),
    patchesJson6902: (s, v) => s.pathFields(v, 'patchesJson6902', 'file'),
    patchesStrategicMerge: (s, v) => strategicMergePaths(s, v, 'patchesStrategicMerge'),
    replacements: (s, v) => s.pathFields(v, 'replacements', 'file'),
    configMapGenerator: (s, v) => generators(s, v, 'configMapGenerator'),
    secretGenerator: (s, v) => generators(s, v, 'secretGenerator'),
    openapi: (s, v) => {
        const openapi = s.object(v, 'openapi');
        if (openapi?.path !== undefined && openapi.path !== null)
            s.path('openapi', openapi.path, 'file');
    },
    generators: (s, v) => plugins(s, v, 'generators'),
    transformers: (s, v) => plugins(s, v, 'transformers'),
    validators: (s, v) => plugins(s, v, 'validators'),
    helmChartInflationGenerator: legacyHelm,
};
/** The paths a parsed kustomization names (relative to its dir), and what is malformed. */
function scanKustomization(doc) {
    const scan = new Scan();
    if (doc === undefined || doc === null)
        return scan;
    if (!isObj(doc)) {
        scan.problems.push('the document root is not a mapping; a kustomization is a YAML mapping');
        return scan;
    }
    for (const [field, read] of Object.entries(FIELDS))
        read(scan, doc[field]);
    helm(scan, doc.helmCharts, doc.helmGlobals);
    return scan;
}
function generators(scan, value, field) {
    for (const entry of scan.objects(value, field)) {
        generatorFiles(scan, entry, `${field} ${entryName(entry, 'name')}`);
    }
}
/** Entries are config files, kustomization dirs, or inline YAML configs. */
function plugins(scan, value, field) {
    for (const entry of scan.list(value, field)) {
        if (!isInlineYaml(entry)) {
            scan.path(field, entry, 'plugin');
            continue;
        }
        for (const doc of (0,dist/* parseAllDocuments */.hR)(entry)) {
            const error = doc.errors[0];
            if (error)
                scan.problems.push(`an inline \`${field}\` entry is invalid YAML: ${error.message}`);
            else
                scanPluginConfig(scan, doc.toJS(), `${field} inline `);
        }
    }
}
/** helmCharts values files, and the chart home (default `charts`) holding local charts. */
function helm(scan, chartsValue, globalsValue) {
    const charts = scan.objects(chartsValue, 'helmCharts');
    for (const chart of charts) {
        chartValues(scan, chart, `helmCharts ${entryName(chart, 'name', 'releaseName')}`);
    }
    const home = scan.object(globalsValue, 'helmGlobals')?.chartHome;
    if (charts.length === 0 && (home === undefined || home === null))
        return;
    // Charts with a repo are pulled when absent, so a missing chart home is then fine.
    const expect = charts.some((chart) => !chart.repo) ? 'tree' : 'optional-tree';
    if (home !== undefined && home !== null)
        scan.path('helmGlobals chartHome', home, expect);
    else
        scan.refs.push({ hop: 'helmGlobals chartHome charts (default)', path: 'charts', expect });
}
/** The pre-v4 `helmChartInflationGenerator` field. */
function legacyHelm(scan, value) {
    for (const entry of scan.objects(value, 'helmChartInflationGenerator')) {
        const prefix = `helmChartInflationGenerator ${entryName(entry, 'chartName', 'releaseName')}`;
        if (entry.values !== undefined && entry.values !== null) {
            scan.path(`${prefix} values`, entry.values, 'file');
        }
        if (entry.chartHome !== undefined && entry.chartHome !== null) {
            const expect = entry.chartRepoUrl ? 'optional-tree' : 'tree';
            scan.path(`${prefix} chartHome`, entry.chartHome, expect);
        }
    }
}

;// CONCATENATED MODULE: ./packages/kustomize/src/graph-flux.ts




const FLUX_API = 'kustomize.toolkit.fluxcd.io/';
function scanFluxKustomizations(file, text) {
    const scan = { refs: [], remote: [], problems: [] };
    if (!text.includes(FLUX_API))
        return scan;
    const tooLarge = tooLargeToParse(file, text);
    if (tooLarge) {
        scan.problems.push(`${tooLarge} (it may hold Flux Kustomizations)`);
        return scan;
    }
    for (const doc of (0,dist/* parseAllDocuments */.hR)(text)) {
        const error = doc.errors[0];
        if (error)
            scan.problems.push(`invalid YAML, so its Flux objects cannot be read: ${error.message}`);
        else
            fluxKustomization(scan, doc.toJS());
    }
    return scan;
}
function fluxKustomization(scan, object) {
    if (!isObj(object) || object.kind !== 'Kustomization')
        return;
    if (typeof object.apiVersion !== 'string' || !object.apiVersion.startsWith(FLUX_API))
        return;
    const name = entryName(isObj(object.metadata) ? object.metadata : {}, 'name');
    const spec = isObj(object.spec) ? object.spec : {};
    const path = spec.path;
    if (typeof path !== 'string' || path.trim() === '') {
        scan.problems.push(`Flux Kustomization ${name} has no spec.path, so it applies its whole source; set spec.path`);
        return;
    }
    const source = isObj(spec.sourceRef) ? spec.sourceRef : {};
    if (source.kind !== undefined && source.kind !== 'GitRepository') {
        // An OCI artifact or bucket is built elsewhere; the tree does not hold what it applies.
        scan.remote.push(`${String(source.kind)}/${String(source.name)} ${path}`);
        return;
    }
    const hop = `flux Kustomization ${name}`;
    scan.refs.push({ hop: `${hop} spec.path ${path}`, path, expect: 'flux' });
    componentRefs(scan, spec.components, path, hop);
}
/** spec.components are kustomize Components, relative to spec.path. */
function componentRefs(scan, components, path, hop) {
    if (!Array.isArray(components))
        return;
    for (const component of components) {
        if (typeof component !== 'string')
            continue;
        const joined = external_node_path_.posix.join(path, component);
        scan.refs.push({ hop: `${hop} spec.components ${component}`, path: joined, expect: 'flux' });
    }
}

;// CONCATENATED MODULE: ./packages/kustomize/src/graph-load.ts









const MANIFEST = /\.(?:ya?ml|json)$/i;
const GENERATED = { hop: '', path: '', expect: 'resource' };
const kustomizationKey = (dir) => `k:${dir}`;
const generatedKey = (dir) => `g:${dir}`;
/**
 * Reads and parses every unit reachable from the roots, concurrently and once each. It never
 * waits on another unit, so include cycles cannot deadlock it; the walk resolves them later.
 */
class UnitLoader {
    tree;
    units = new Map();
    constructor(tree) {
        this.tree = tree;
    }
    /** Loads `key` and everything it includes, transitively. */
    async loadAll(key) {
        if (this.units.has(key))
            return;
        const unit = this.load(key);
        this.units.set(key, unit);
        const includes = (await unit).items.flatMap((item) => item.type === 'include' ? [item.key] : []);
        await Promise.all(includes.map((include) => this.loadAll(include)));
    }
    load(key) {
        const dir = key.slice(2);
        const items = key.startsWith('g:') ? this.generated(dir, dir) : this.kustomization(dir);
        return items.then((list) => ({ dir, items: list }));
    }
    async kustomization(dir) {
        const names = await this.tree.kustomizationNames(dir);
        const own = names.map((name) => ({ type: 'file', file: joinPath(dir, name), via: [] }));
        const picked = pick(names, dir);
        if ('error' in picked) {
            const file = names.length > 0 ? joinPath(dir, names[0]) : dir;
            return [...own, { type: 'problem', file, message: picked.error }];
        }
        const file = joinPath(dir, picked.name);
        const parsed = await this.parseKustomization(file);
        if ('problem' in parsed)
            return [...own, parsed.problem];
        const scan = scanKustomization(parsed.doc);
        return [
            ...own,
            ...problems(file, scan.problems),
            ...(await this.followAll(scan.refs, { dir, file, via: [] })),
        ];
    }
    async parseKustomization(file) {
        const text = await this.tree.readText(file);
        const problem = (message) => ({ problem: { type: 'problem', file, message } });
        if (text === undefined)
            return problem(`${file} is not a regular file; make it one`);
        const tooLarge = tooLargeToParse(file, text);
        if (tooLarge)
            return problem(tooLarge);
        try {
            return { doc: (0,dist/* parse */.qg)(text) };
        }
        catch (error) {
            return problem(`${file} is invalid YAML: ${error.message}`);
        }
    }
    async followAll(refs, at) {
        return (await Promise.all(refs.map((ref) => this.follow(ref, at)))).flat();
    }
    async follow(ref, at) {
        if (isRemote(ref.path))
            return [{ type: 'remote', value: ref.path }];
        const resolved = ref.expect === 'flux' ? resolveFluxPath(ref.path) : resolveLocal(at.dir, ref.path);
        const problem = (message) => ({ type: 'problem', file: at.file, message });
        if ('error' in resolved)
            return [problem(`\`${ref.hop}\` ${resolved.error}`)];
        const { path } = resolved;
        const site = { ...at, via: [...at.via, ref.hop] };
        const kind = await this.tree.kind(path);
        if (kind === 'file')
            return this.followFile(ref, path, site);
        if (kind === 'dir')
            return this.followDir(ref, path, site);
        if (kind === undefined) {
            if (ref.expect === 'optional-tree')
                return [];
            return [problem(`\`${ref.hop}\`: ${path} does not exist; fix the path or add it`)];
        }
        const message = `\`${ref.hop}\`: ${path} is a ${kind}, which the graph cannot follow`;
        return [{ type: 'file', file: path, via: site.via }, problem(message)];
    }
    async followFile(ref, file, at) {
        const item = { type: 'file', file, via: at.via };
        if (ref.expect === 'resource' || ref.expect === 'flux') {
            return [item, ...(await this.scanResource(file, at))];
        }
        if (ref.expect === 'plugin')
            return [item, ...(await this.scanPluginFile(file, at))];
        return [item];
    }
    async followDir(ref, dir, at) {
        const include = (key, edge) => [
            { type: 'include', key, edge, via: at.via, from: at.file },
        ];
        const hasKustomization = (await this.tree.kustomizationNames(dir)).length > 0;
        switch (ref.expect) {
            case 'resource':
            case 'plugin':
                if (hasKustomization)
                    return include(kustomizationKey(dir), 'kustomize');
                return [{ type: 'problem', file: at.file, message: noKustomization(ref.hop, dir) }];
            case 'flux':
                return include(hasKustomization ? kustomizationKey(dir) : generatedKey(dir), 'flux');
            case 'tree':
            case 'optional-tree':
                return (await this.tree.files(dir)).map((file) => ({ type: 'file', file, via: at.via }));
            case 'file': {
                const message = `\`${ref.hop}\`: ${dir} is a directory, but a file is expected`;
                return [{ type: 'problem', file: at.file, message }];
            }
        }
    }
    /** A manifest may hold Flux Kustomizations; the paths they apply are included too. */
    async scanResource(file, at) {
        if (!MANIFEST.test(file))
            return [];
        const flux = scanFluxKustomizations(file, (await this.tree.readText(file)) ?? '');
        const remote = flux.remote.map((value) => ({ type: 'remote', value }));
        const refs = await this.followAll(flux.refs, { dir: '', file, via: at.via });
        return [...problems(file, flux.problems), ...remote, ...refs];
    }
    /** Builtin plugin configs name files relative to the kustomization that lists them. */
    async scanPluginFile(file, at) {
        const scan = new Scan();
        const text = (await this.tree.readText(file)) ?? '';
        const tooLarge = tooLargeToParse(file, text);
        if (tooLarge)
            return [{ type: 'problem', file, message: tooLarge }];
        for (const doc of (0,dist/* parseAllDocuments */.hR)(text)) {
            const error = doc.errors[0];
            if (error)
                scan.problems.push(`${file} is invalid YAML: ${error.message}`);
            else
                scanPluginConfig(scan, doc.toJS(), '');
        }
        return [
            ...problems(file, scan.problems),
            ...(await this.followAll(scan.refs, { ...at, file })),
        ];
    }
    /** What kustomize-controller generates for a dir without a kustomization: its manifests. */
    async generated(root, dir) {
        const entries = [...((await this.tree.entries(dir)) ?? [])].sort(byName);
        const lists = entries.map(async ([name, kind]) => {
            const path = joinPath(dir, name);
            const hop = `flux-generated resources ${root === '' ? path : path.slice(root.length + 1)}`;
            if (kind !== 'dir')
                return this.followFile(GENERATED, path, { dir: root, file: path, via: [hop] });
            if ((await this.tree.kustomizationNames(path)).length === 0)
                return this.generated(root, path);
            return [
                { type: 'include', key: kustomizationKey(path), edge: 'kustomize', via: [hop], from: path },
            ];
        });
        return (await Promise.all(lists)).flat();
    }
}
function problems(file, messages) {
    return messages.map((message) => ({ type: 'problem', file, message }));
}
function noKustomization(hop, dir) {
    const names = files/* KUSTOMIZATION_FILE_NAMES */.YU.join(', ');
    return `\`${hop}\`: ${dir} holds no kustomization file (${names}); add one or name a file`;
}
function pick(names, dir) {
    try {
        return { name: (0,files/* pickKustomizationFile */.d7)(names, dir) };
    }
    catch (error) {
        const { message, hint } = error;
        return { error: hint ? `${message}. ${hint}` : message };
    }
}

;// CONCATENATED MODULE: ./packages/kustomize/src/graph-closure.ts
/**
 * Everything one kustomization (or generated Flux tree) includes: files with the shortest hop
 * chain found, remote references, and problems. `low` is the lowest walk depth a cycle reached
 * from inside it; a closure that reached above its own depth is incomplete and not cached.
 */
class Closure {
    refs = new Map();
    remote = new Set();
    problems = new Map();
    low = Infinity;
    addFile(file, via) {
        const known = this.refs.get(file);
        if (!known || via.length < known.length)
            this.refs.set(file, via);
    }
    problem(file, message) {
        this.problems.set(`${file}\n${message}`, { file, message });
    }
    /** Includes `other`, reached through the hops `prefix`. */
    merge(prefix, other) {
        for (const [file, via] of other.refs)
            this.addFile(file, [...prefix, ...via]);
        for (const remote of other.remote)
            this.remote.add(remote);
        for (const [key, problem] of other.problems)
            this.problems.set(key, problem);
        this.low = Math.min(this.low, other.low);
    }
}

;// CONCATENATED MODULE: ./packages/kustomize/src/graph-walk.ts


/**
 * Composes loaded units into closures, depth-first. A closure is cached for the whole build
 * unless a cycle reached above it while it was built (then it is incomplete and recomputed).
 */
class ClosureWalker {
    units;
    memo = new Map();
    stack = [];
    constructor(units) {
        this.units = units;
    }
    /** Everything the kustomization in `dir` includes, its own kustomization file first. */
    node(dir) {
        return this.closure(kustomizationKey(dir), 'root', dir);
    }
    closure(key, edge, from) {
        const done = this.memo.get(key);
        if (done)
            return done;
        const at = this.stack.findIndex((frame) => frame.key === key);
        if (at >= 0)
            return this.cycle(at, edge, from);
        const unit = this.units.get(key);
        const depth = this.stack.push({ key, dir: unit.dir, edge }) - 1;
        const acc = new Closure();
        for (const item of unit.items)
            this.apply(acc, item);
        this.stack.pop();
        if (acc.low >= depth) {
            acc.low = Infinity;
            this.memo.set(key, acc);
        }
        return acc;
    }
    apply(acc, item) {
        if (item.type === 'file')
            acc.addFile(item.file, item.via);
        else if (item.type === 'remote')
            acc.remote.add(item.value);
        else if (item.type === 'problem')
            acc.problem(item.file, item.message);
        else
            acc.merge(item.via, this.closure(item.key, item.edge, item.from));
    }
    /** A loop of kustomize includes is an error; a loop through Flux objects is normal. */
    cycle(at, edge, from) {
        const acc = new Closure();
        acc.low = at;
        const frames = this.stack.slice(at);
        const edges = [...frames.slice(1).map((frame) => frame.edge), edge];
        if (edges.every((kind) => kind === 'kustomize')) {
            const loop = [...frames, frames[0]].map((frame) => frame.dir).join(' -> ');
            acc.problem(from, `kustomization cycle ${loop}; kustomize refuses it. Remove one reference.`);
        }
        return acc;
    }
}

;// CONCATENATED MODULE: ./packages/kustomize/src/graph.ts




const NODE_GROUPS = ['overlays', 'clusters'];
/**
 * The reverse file-reference graph of a Kustomize tree: for each node (a dir holding a
 * kustomization file: `folders` when given, else <root>/overlays/<env> and
 * <root>/clusters/<env>), every local file it includes, recursively, with the hops that
 * include it.
 */
async function buildKustomizeGraph(reader, root, folders) {
    const base = normalizeRoot(root);
    const tree = new CachedTree(reader);
    const problems = await unreadableGroups(tree, base);
    const found = folders ? await folderCandidates(tree, folders) : await candidates(tree, base);
    const walker = new ClosureWalker(await loadUnits(tree, found));
    const nodes = [];
    for (const candidate of found) {
        const built = buildNode(walker, candidate);
        nodes.push(built.node);
        problems.push(...built.problems);
    }
    return { root: base, nodes, problems };
}
/** Reads every kustomization the nodes reach, concurrently, each once. */
async function loadUnits(tree, found) {
    const loader = new UnitLoader(tree);
    const roots = found.filter((candidate) => candidate.kind === 'dir');
    await Promise.all(roots.map((candidate) => loader.loadAll(kustomizationKey(candidate.dir))));
    const entries = [...loader.units].map(async ([key, unit]) => [key, await unit]);
    return new Map(await Promise.all(entries));
}
function normalizeRoot(root) {
    const normalized = external_node_path_.posix.normalize(root.trim() || '.').replace(/\/+$/, '');
    return normalized === '.' ? '' : normalized.replace(/^\.\//, '');
}
/** A symlinked or submodule root/overlays/clusters hides its nodes: nothing can be told. */
async function unreadableGroups(tree, root) {
    const problems = [];
    for (const dir of [root, ...NODE_GROUPS.map((group) => joinPath(root, group))]) {
        const kind = await tree.kind(dir);
        if (kind === 'symlink' || kind === 'submodule') {
            const message = `${dir} is a ${kind}, so the nodes under it cannot be read; make it a directory`;
            problems.push({ file: dir, message, scope: 'all' });
        }
    }
    return problems;
}
async function candidates(tree, root) {
    const groups = NODE_GROUPS.map(async (group) => {
        const dir = joinPath(root, group);
        const entries = [...((await tree.entries(dir)) ?? [])].sort(byName);
        const checked = entries.map(async ([name, kind]) => {
            const path = joinPath(dir, name);
            if (kind === 'file')
                return [];
            if (kind === 'dir' && (await tree.kustomizationNames(path)).length === 0)
                return [];
            return [{ dir: path, target: name, kind }];
        });
        return (await Promise.all(checked)).flat();
    });
    return (await Promise.all(groups)).flat();
}
async function folderCandidates(tree, folders) {
    const checked = folders.map(async ({ dir, target }) => {
        const kind = await tree.kind(dir);
        if (kind === undefined || kind === 'file')
            return [];
        if (kind === 'dir' && (await tree.kustomizationNames(dir)).length === 0)
            return [];
        return [{ dir, target, kind }];
    });
    return (await Promise.all(checked)).flat();
}
function buildNode(walker, { dir, target, kind }) {
    if (kind !== 'dir') {
        // Fail closed: what a symlinked or submodule env dir holds is not in this tree.
        const message = `${dir} is a ${kind}, which the graph cannot follow; make it a directory`;
        const node = { dir, target, references: [{ file: dir, via: [] }], remote: [] };
        return { node, problems: [{ file: dir, message, scope: 'node', node: dir }] };
    }
    const closure = walker.node(dir);
    const references = [...closure.refs].map(([file, via]) => ({ file, via }));
    const problems = [...closure.problems.values()].map((problem) => ({
        ...problem,
        scope: 'node',
        node: dir,
    }));
    return { node: { dir, target, references, remote: [...closure.remote].sort() }, problems };
}

;// CONCATENATED MODULE: ./packages/kustomize/src/closure.ts

/**
 * Every file `kubectl kustomize <overlayDir>` reads, from the file-reference graph: its
 * kustomization, resources, bases (`../../base`, siblings), components, patches, generator
 * files. Incomplete (with the reason) when the graph could not follow something or the overlay
 * names remote bases: then render with the whole tree.
 */
async function overlayClosure(reader, overlay) {
    const overlayDir = overlay === '.' ? '' : overlay;
    const graph = await buildKustomizeGraph(reader, '', [{ dir: overlayDir, target: 'overlay' }]);
    const node = graph.nodes.find((candidate) => candidate.dir === overlayDir);
    if (!node)
        return { complete: false, reason: `${overlayDir || '.'} holds no kustomization` };
    const problem = graph.problems.find((p) => p.scope === 'all' || p.node === overlayDir);
    if (problem)
        return { complete: false, reason: `${problem.file}: ${problem.message}` };
    if (node.remote.length > 0)
        return { complete: false, reason: `remote bases: ${node.remote.join(', ')}` };
    return { complete: true, files: [...new Set(node.references.map((ref) => ref.file))].sort() };
}


/***/ }),

/***/ 8980:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ KustomizeError),
/* harmony export */   j: () => (/* binding */ SurgicalEditError)
/* harmony export */ });
/** A problem with a kustomization the user can fix; `hint` says how. */
class KustomizeError extends Error {
    hint;
    constructor(message, hint) {
        super(message);
        this.name = new.target.name;
        if (hint !== undefined)
            this.hint = hint;
    }
}
/** The requested edit cannot be made without touching bytes other than the targeted values. */
class SurgicalEditError extends KustomizeError {
}


/***/ }),

/***/ 84:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FJ: () => (/* binding */ isKustomizationFileName),
/* harmony export */   YU: () => (/* binding */ KUSTOMIZATION_FILE_NAMES),
/* harmony export */   d7: () => (/* binding */ pickKustomizationFile)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8980);

/** The file names kustomize accepts, in the order it tries them. */
const KUSTOMIZATION_FILE_NAMES = [
    'kustomization.yaml',
    'kustomization.yml',
    'Kustomization',
];
function isKustomizationFileName(name) {
    return KUSTOMIZATION_FILE_NAMES.includes(name);
}
/** From the entry names of one directory, the kustomization file's name. */
function pickKustomizationFile(entryNames, dirLabel) {
    const found = KUSTOMIZATION_FILE_NAMES.filter((name) => entryNames.includes(name));
    const accepted = KUSTOMIZATION_FILE_NAMES.join(', ');
    if (found.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KustomizeError */ .K(`${dirLabel} has no kustomization file (expected one of ${accepted})`, `Point to a directory that holds one of ${accepted}.`);
    }
    if (found.length > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KustomizeError */ .K(`${dirLabel} holds several kustomization files (${found.join(', ')}); kustomize refuses that`, `Keep exactly one of ${found.join(', ')} in ${dirLabel}.`);
    }
    return found[0];
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
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
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
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
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
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
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
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
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
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
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
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
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
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
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
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
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

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
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
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
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
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
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
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
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
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
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
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
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
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


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
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
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
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
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
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
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
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
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
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
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
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
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
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
        // Not using `instanceof Schema` to allow for duck typing
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
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
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
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
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
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
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


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
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
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
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
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
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
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
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
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
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
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
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
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
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
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
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
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
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
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
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
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
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
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

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
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
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
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
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
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
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
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
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
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
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
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
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
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
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
        return typeof idx === 'number' && idx < this.items.length;
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
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
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
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
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
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
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
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
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


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

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
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
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
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
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
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
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
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
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
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
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
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
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
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
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
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
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
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
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
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
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
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
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
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
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
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
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
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
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
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
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
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
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
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
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
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
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
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
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
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
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
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
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
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
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
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
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


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
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
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
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
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
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
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
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


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
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


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
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


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
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
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
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
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
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
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
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
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
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


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
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
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
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
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
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
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
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
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
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
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
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
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(2898);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
