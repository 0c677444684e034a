import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7783:
/***/ (() => {

// Copyright 2018 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.



(() => {
	const enosys = () => {
		const err = new Error("not implemented");
		err.code = "ENOSYS";
		return err;
	};

	if (!globalThis.fs) {
		let outputBuf = "";
		globalThis.fs = {
			constants: { O_WRONLY: -1, O_RDWR: -1, O_CREAT: -1, O_TRUNC: -1, O_APPEND: -1, O_EXCL: -1, O_DIRECTORY: -1 }, // unused
			writeSync(fd, buf) {
				outputBuf += decoder.decode(buf);
				const nl = outputBuf.lastIndexOf("\n");
				if (nl != -1) {
					console.log(outputBuf.substring(0, nl));
					outputBuf = outputBuf.substring(nl + 1);
				}
				return buf.length;
			},
			write(fd, buf, offset, length, position, callback) {
				if (offset !== 0 || length !== buf.length || position !== null) {
					callback(enosys());
					return;
				}
				const n = this.writeSync(fd, buf);
				callback(null, n);
			},
			chmod(path, mode, callback) { callback(enosys()); },
			chown(path, uid, gid, callback) { callback(enosys()); },
			close(fd, callback) { callback(enosys()); },
			fchmod(fd, mode, callback) { callback(enosys()); },
			fchown(fd, uid, gid, callback) { callback(enosys()); },
			fstat(fd, callback) { callback(enosys()); },
			fsync(fd, callback) { callback(null); },
			ftruncate(fd, length, callback) { callback(enosys()); },
			lchown(path, uid, gid, callback) { callback(enosys()); },
			link(path, link, callback) { callback(enosys()); },
			lstat(path, callback) { callback(enosys()); },
			mkdir(path, perm, callback) { callback(enosys()); },
			open(path, flags, mode, callback) { callback(enosys()); },
			read(fd, buffer, offset, length, position, callback) { callback(enosys()); },
			readdir(path, callback) { callback(enosys()); },
			readlink(path, callback) { callback(enosys()); },
			rename(from, to, callback) { callback(enosys()); },
			rmdir(path, callback) { callback(enosys()); },
			stat(path, callback) { callback(enosys()); },
			symlink(path, link, callback) { callback(enosys()); },
			truncate(path, length, callback) { callback(enosys()); },
			unlink(path, callback) { callback(enosys()); },
			utimes(path, atime, mtime, callback) { callback(enosys()); },
		};
	}

	if (!globalThis.process) {
		globalThis.process = {
			getuid() { return -1; },
			getgid() { return -1; },
			geteuid() { return -1; },
			getegid() { return -1; },
			getgroups() { throw enosys(); },
			pid: -1,
			ppid: -1,
			umask() { throw enosys(); },
			cwd() { throw enosys(); },
			chdir() { throw enosys(); },
		}
	}

	if (!globalThis.path) {
		globalThis.path = {
			resolve(...pathSegments) {
				return pathSegments.join("/");
			}
		}
	}

	if (!globalThis.crypto) {
		throw new Error("globalThis.crypto is not available, polyfill required (crypto.getRandomValues only)");
	}

	if (!globalThis.performance) {
		throw new Error("globalThis.performance is not available, polyfill required (performance.now only)");
	}

	if (!globalThis.TextEncoder) {
		throw new Error("globalThis.TextEncoder is not available, polyfill required");
	}

	if (!globalThis.TextDecoder) {
		throw new Error("globalThis.TextDecoder is not available, polyfill required");
	}

	const encoder = new TextEncoder("utf-8");
	const decoder = new TextDecoder("utf-8");

	globalThis.Go = class {
		constructor() {
			this.argv = ["js"];
			this.env = {};
			this.exit = (code) => {
				if (code !== 0) {
					console.warn("exit code:", code);
				}
			};
			this._exitPromise = new Promise((resolve) => {
				this._resolveExitPromise = resolve;
			});
			this._pendingEvent = null;
			this._scheduledTimeouts = new Map();
			this._nextCallbackTimeoutID = 1;

			const setInt64 = (addr, v) => {
				this.mem.setUint32(addr + 0, v, true);
				this.mem.setUint32(addr + 4, Math.floor(v / 4294967296), true);
			}

			const setInt32 = (addr, v) => {
				this.mem.setUint32(addr + 0, v, true);
			}

			const getInt64 = (addr) => {
				const low = this.mem.getUint32(addr + 0, true);
				const high = this.mem.getInt32(addr + 4, true);
				return low + high * 4294967296;
			}

			const loadValue = (addr) => {
				const f = this.mem.getFloat64(addr, true);
				if (f === 0) {
					return undefined;
				}
				if (!isNaN(f)) {
					return f;
				}

				const id = this.mem.getUint32(addr, true);
				return this._values[id];
			}

			const storeValue = (addr, v) => {
				const nanHead = 0x7FF80000;

				if (typeof v === "number" && v !== 0) {
					if (isNaN(v)) {
						this.mem.setUint32(addr + 4, nanHead, true);
						this.mem.setUint32(addr, 0, true);
						return;
					}
					this.mem.setFloat64(addr, v, true);
					return;
				}

				if (v === undefined) {
					this.mem.setFloat64(addr, 0, true);
					return;
				}

				let id = this._ids.get(v);
				if (id === undefined) {
					id = this._idPool.pop();
					if (id === undefined) {
						id = this._values.length;
					}
					this._values[id] = v;
					this._goRefCounts[id] = 0;
					this._ids.set(v, id);
				}
				this._goRefCounts[id]++;
				let typeFlag = 0;
				switch (typeof v) {
					case "object":
						if (v !== null) {
							typeFlag = 1;
						}
						break;
					case "string":
						typeFlag = 2;
						break;
					case "symbol":
						typeFlag = 3;
						break;
					case "function":
						typeFlag = 4;
						break;
				}
				this.mem.setUint32(addr + 4, nanHead | typeFlag, true);
				this.mem.setUint32(addr, id, true);
			}

			const loadSlice = (addr) => {
				const array = getInt64(addr + 0);
				const len = getInt64(addr + 8);
				return new Uint8Array(this._inst.exports.mem.buffer, array, len);
			}

			const loadSliceOfValues = (addr) => {
				const array = getInt64(addr + 0);
				const len = getInt64(addr + 8);
				const a = new Array(len);
				for (let i = 0; i < len; i++) {
					a[i] = loadValue(array + i * 8);
				}
				return a;
			}

			const loadString = (addr) => {
				const saddr = getInt64(addr + 0);
				const len = getInt64(addr + 8);
				return decoder.decode(new DataView(this._inst.exports.mem.buffer, saddr, len));
			}

			const testCallExport = (a, b) => {
				this._inst.exports.testExport0();
				return this._inst.exports.testExport(a, b);
			}

			const timeOrigin = Date.now() - performance.now();
			this.importObject = {
				_gotest: {
					add: (a, b) => a + b,
					callExport: testCallExport,
				},
				gojs: {
					// Go's SP does not change as long as no Go code is running. Some operations (e.g. calls, getters and setters)
					// may synchronously trigger a Go event handler. This makes Go code get executed in the middle of the imported
					// function. A goroutine can switch to a new stack if the current stack is too small (see morestack function).
					// This changes the SP, thus we have to update the SP used by the imported function.

					// func wasmExit(code int32)
					"runtime.wasmExit": (sp) => {
						sp >>>= 0;
						const code = this.mem.getInt32(sp + 8, true);
						this.exited = true;
						delete this._inst;
						delete this._values;
						delete this._goRefCounts;
						delete this._ids;
						delete this._idPool;
						this.exit(code);
					},

					// func wasmWrite(fd uintptr, p unsafe.Pointer, n int32)
					"runtime.wasmWrite": (sp) => {
						sp >>>= 0;
						const fd = getInt64(sp + 8);
						const p = getInt64(sp + 16);
						const n = this.mem.getInt32(sp + 24, true);
						fs.writeSync(fd, new Uint8Array(this._inst.exports.mem.buffer, p, n));
					},

					// func resetMemoryDataView()
					"runtime.resetMemoryDataView": (sp) => {
						sp >>>= 0;
						this.mem = new DataView(this._inst.exports.mem.buffer);
					},

					// func nanotime1() int64
					"runtime.nanotime1": (sp) => {
						sp >>>= 0;
						setInt64(sp + 8, (timeOrigin + performance.now()) * 1000000);
					},

					// func walltime() (sec int64, nsec int32)
					"runtime.walltime": (sp) => {
						sp >>>= 0;
						const msec = (new Date).getTime();
						setInt64(sp + 8, msec / 1000);
						this.mem.setInt32(sp + 16, (msec % 1000) * 1000000, true);
					},

					// func scheduleTimeoutEvent(delay int64) int32
					"runtime.scheduleTimeoutEvent": (sp) => {
						sp >>>= 0;
						const id = this._nextCallbackTimeoutID;
						this._nextCallbackTimeoutID++;
						this._scheduledTimeouts.set(id, setTimeout(
							() => {
								this._resume();
								while (this._scheduledTimeouts.has(id)) {
									// for some reason Go failed to register the timeout event, log and try again
									// (temporary workaround for https://github.com/golang/go/issues/28975)
									console.warn("scheduleTimeoutEvent: missed timeout event");
									this._resume();
								}
							},
							getInt64(sp + 8),
						));
						this.mem.setInt32(sp + 16, id, true);
					},

					// func clearTimeoutEvent(id int32)
					"runtime.clearTimeoutEvent": (sp) => {
						sp >>>= 0;
						const id = this.mem.getInt32(sp + 8, true);
						clearTimeout(this._scheduledTimeouts.get(id));
						this._scheduledTimeouts.delete(id);
					},

					// func getRandomData(r []byte)
					"runtime.getRandomData": (sp) => {
						sp >>>= 0;
						crypto.getRandomValues(loadSlice(sp + 8));
					},

					// func finalizeRef(v ref)
					"syscall/js.finalizeRef": (sp) => {
						sp >>>= 0;
						const id = this.mem.getUint32(sp + 8, true);
						this._goRefCounts[id]--;
						if (this._goRefCounts[id] === 0) {
							const v = this._values[id];
							this._values[id] = null;
							this._ids.delete(v);
							this._idPool.push(id);
						}
					},

					// func stringVal(value string) ref
					"syscall/js.stringVal": (sp) => {
						sp >>>= 0;
						storeValue(sp + 24, loadString(sp + 8));
					},

					// func valueGet(v ref, p string) ref
					"syscall/js.valueGet": (sp) => {
						sp >>>= 0;
						const result = Reflect.get(loadValue(sp + 8), loadString(sp + 16));
						sp = this._inst.exports.getsp() >>> 0; // see comment above
						storeValue(sp + 32, result);
					},

					// func valueSet(v ref, p string, x ref)
					"syscall/js.valueSet": (sp) => {
						sp >>>= 0;
						Reflect.set(loadValue(sp + 8), loadString(sp + 16), loadValue(sp + 32));
					},

					// func valueDelete(v ref, p string)
					"syscall/js.valueDelete": (sp) => {
						sp >>>= 0;
						Reflect.deleteProperty(loadValue(sp + 8), loadString(sp + 16));
					},

					// func valueIndex(v ref, i int) ref
					"syscall/js.valueIndex": (sp) => {
						sp >>>= 0;
						storeValue(sp + 24, Reflect.get(loadValue(sp + 8), getInt64(sp + 16)));
					},

					// valueSetIndex(v ref, i int, x ref)
					"syscall/js.valueSetIndex": (sp) => {
						sp >>>= 0;
						Reflect.set(loadValue(sp + 8), getInt64(sp + 16), loadValue(sp + 24));
					},

					// func valueCall(v ref, m string, args []ref) (ref, bool)
					"syscall/js.valueCall": (sp) => {
						sp >>>= 0;
						try {
							const v = loadValue(sp + 8);
							const m = Reflect.get(v, loadString(sp + 16));
							const args = loadSliceOfValues(sp + 32);
							const result = Reflect.apply(m, v, args);
							sp = this._inst.exports.getsp() >>> 0; // see comment above
							storeValue(sp + 56, result);
							this.mem.setUint8(sp + 64, 1);
						} catch (err) {
							sp = this._inst.exports.getsp() >>> 0; // see comment above
							storeValue(sp + 56, err);
							this.mem.setUint8(sp + 64, 0);
						}
					},

					// func valueInvoke(v ref, args []ref) (ref, bool)
					"syscall/js.valueInvoke": (sp) => {
						sp >>>= 0;
						try {
							const v = loadValue(sp + 8);
							const args = loadSliceOfValues(sp + 16);
							const result = Reflect.apply(v, undefined, args);
							sp = this._inst.exports.getsp() >>> 0; // see comment above
							storeValue(sp + 40, result);
							this.mem.setUint8(sp + 48, 1);
						} catch (err) {
							sp = this._inst.exports.getsp() >>> 0; // see comment above
							storeValue(sp + 40, err);
							this.mem.setUint8(sp + 48, 0);
						}
					},

					// func valueNew(v ref, args []ref) (ref, bool)
					"syscall/js.valueNew": (sp) => {
						sp >>>= 0;
						try {
							const v = loadValue(sp + 8);
							const args = loadSliceOfValues(sp + 16);
							const result = Reflect.construct(v, args);
							sp = this._inst.exports.getsp() >>> 0; // see comment above
							storeValue(sp + 40, result);
							this.mem.setUint8(sp + 48, 1);
						} catch (err) {
							sp = this._inst.exports.getsp() >>> 0; // see comment above
							storeValue(sp + 40, err);
							this.mem.setUint8(sp + 48, 0);
						}
					},

					// func valueLength(v ref) int
					"syscall/js.valueLength": (sp) => {
						sp >>>= 0;
						setInt64(sp + 16, parseInt(loadValue(sp + 8).length));
					},

					// valuePrepareString(v ref) (ref, int)
					"syscall/js.valuePrepareString": (sp) => {
						sp >>>= 0;
						const str = encoder.encode(String(loadValue(sp + 8)));
						storeValue(sp + 16, str);
						setInt64(sp + 24, str.length);
					},

					// valueLoadString(v ref, b []byte)
					"syscall/js.valueLoadString": (sp) => {
						sp >>>= 0;
						const str = loadValue(sp + 8);
						loadSlice(sp + 16).set(str);
					},

					// func valueInstanceOf(v ref, t ref) bool
					"syscall/js.valueInstanceOf": (sp) => {
						sp >>>= 0;
						this.mem.setUint8(sp + 24, (loadValue(sp + 8) instanceof loadValue(sp + 16)) ? 1 : 0);
					},

					// func copyBytesToGo(dst []byte, src ref) (int, bool)
					"syscall/js.copyBytesToGo": (sp) => {
						sp >>>= 0;
						const dst = loadSlice(sp + 8);
						const src = loadValue(sp + 32);
						if (!(src instanceof Uint8Array || src instanceof Uint8ClampedArray)) {
							this.mem.setUint8(sp + 48, 0);
							return;
						}
						const toCopy = src.subarray(0, dst.length);
						dst.set(toCopy);
						setInt64(sp + 40, toCopy.length);
						this.mem.setUint8(sp + 48, 1);
					},

					// func copyBytesToJS(dst ref, src []byte) (int, bool)
					"syscall/js.copyBytesToJS": (sp) => {
						sp >>>= 0;
						const dst = loadValue(sp + 8);
						const src = loadSlice(sp + 16);
						if (!(dst instanceof Uint8Array || dst instanceof Uint8ClampedArray)) {
							this.mem.setUint8(sp + 48, 0);
							return;
						}
						const toCopy = src.subarray(0, dst.length);
						dst.set(toCopy);
						setInt64(sp + 40, toCopy.length);
						this.mem.setUint8(sp + 48, 1);
					},

					"debug": (value) => {
						console.log(value);
					},
				}
			};
		}

		async run(instance) {
			if (!(instance instanceof WebAssembly.Instance)) {
				throw new Error("Go.run: WebAssembly.Instance expected");
			}
			this._inst = instance;
			this.mem = new DataView(this._inst.exports.mem.buffer);
			this._values = [ // JS values that Go currently has references to, indexed by reference id
				NaN,
				0,
				null,
				true,
				false,
				globalThis,
				this,
			];
			this._goRefCounts = new Array(this._values.length).fill(Infinity); // number of references that Go has to a JS value, indexed by reference id
			this._ids = new Map([ // mapping from JS values to reference ids
				[0, 1],
				[null, 2],
				[true, 3],
				[false, 4],
				[globalThis, 5],
				[this, 6],
			]);
			this._idPool = [];   // unused ids that have been garbage collected
			this.exited = false; // whether the Go program has exited

			// Pass command line arguments and environment variables to WebAssembly by writing them to the linear memory.
			let offset = 4096;

			const strPtr = (str) => {
				const ptr = offset;
				const bytes = encoder.encode(str + "\0");
				new Uint8Array(this.mem.buffer, offset, bytes.length).set(bytes);
				offset += bytes.length;
				if (offset % 8 !== 0) {
					offset += 8 - (offset % 8);
				}
				return ptr;
			};

			const argc = this.argv.length;

			const argvPtrs = [];
			this.argv.forEach((arg) => {
				argvPtrs.push(strPtr(arg));
			});
			argvPtrs.push(0);

			const keys = Object.keys(this.env).sort();
			keys.forEach((key) => {
				argvPtrs.push(strPtr(`${key}=${this.env[key]}`));
			});
			argvPtrs.push(0);

			const argv = offset;
			argvPtrs.forEach((ptr) => {
				this.mem.setUint32(offset, ptr, true);
				this.mem.setUint32(offset + 4, 0, true);
				offset += 8;
			});

			// The linker guarantees global data starts from at least wasmMinDataAddr.
			// Keep in sync with cmd/link/internal/ld/data.go:wasmMinDataAddr.
			const wasmMinDataAddr = 4096 + 8192;
			if (offset >= wasmMinDataAddr) {
				throw new Error("total length of command line and environment variables exceeds limit");
			}

			this._inst.exports.run(argc, argv);
			if (this.exited) {
				this._resolveExitPromise();
			}
			await this._exitPromise;
		}

		_resume() {
			if (this.exited) {
				throw new Error("Go program has already exited");
			}
			this._inst.exports.resume();
			if (this.exited) {
				this._resolveExitPromise();
			}
		}

		_makeFuncWrapper(id) {
			const go = this;
			return function () {
				const event = { id: id, this: this, args: arguments };
				go._pendingEvent = event;
				go._resume();
				return event.result;
			};
		}
	}
})();


/***/ }),

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

/***/ 1325:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _infra_fleet_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1592);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5301);


await (0,_infra_fleet_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .C)(() => (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)());

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5301:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// UNUSED EXPORTS: detectChanges

// EXTERNAL MODULE: ./packages/action-kit/src/errors.ts
var errors = __nccwpck_require__(8826);
// EXTERNAL MODULE: ./packages/action-kit/src/protocol.ts + 1 modules
var protocol = __nccwpck_require__(2411);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
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
        return (await (0,promises_namespaceObject.stat)(path)).size;
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
    await (0,promises_namespaceObject.appendFile)(path, text.endsWith('\n') ? text : `${text}\n`, 'utf8');
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
function isHiddenFolder(name) {
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

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
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
    const normal = external_node_path_namespaceObject.posix.normalize(path || '.').replace(/\/+$/, '');
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

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
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
    const target = (entry) => (0,external_node_path_namespaceObject.join)(dir, ...normalizeRepoPath(entry.name).split('/'));
    try {
        const files = entries.filter((entry) => entry.mode !== SYMLINK_MODE);
        const write = async (entry) => {
            const [bytes] = await Promise.all([
                reader.read(entry.oid),
                (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(target(entry)), { recursive: true }),
            ]);
            await (0,promises_namespaceObject.writeFile)(target(entry), bytes, { mode: fileMode(entry), flag: 'wx' });
        };
        for (let start = 0; start < files.length; start += BATCH)
            await Promise.all(files.slice(start, start + BATCH).map(write));
        for (const entry of entries.filter((e) => e.mode === SYMLINK_MODE)) {
            const link = (await reader.read(entry.oid)).toString('utf8');
            await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(target(entry)), { recursive: true });
            await (0,promises_namespaceObject.symlink)(link, target(entry));
        }
    }
    finally {
        reader.close();
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
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
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_namespaceObject.join)((0,external_node_os_.tmpdir)(), 'infra-fleet-git-home-'));
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

;// CONCATENATED MODULE: ./actions/detect-changed-envs/src/base-rules.ts
const ZERO_SHA = /^0+$/;
function record(value) {
    return value !== null && typeof value === 'object' ? value : {};
}
function base_rules_text(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
const realSha = (value) => {
    const sha = base_rules_text(value);
    return sha && !ZERO_SHA.test(sha) ? sha : undefined;
};
/** The commit to compare: the head input, else the commit the event is about, else HEAD. */
function headOf(request) {
    const { name, payload, sha } = request.event;
    if (request.head)
        return request.head;
    if (name === 'push')
        return realSha(payload.after) ?? sha ?? 'HEAD';
    if (name === 'merge_group')
        return base_rules_text(record(payload.merge_group).head_sha) ?? sha ?? 'HEAD';
    if (name === 'release' && !sha) {
        const tag = base_rules_text(record(payload.release).tag_name);
        return tag ? `refs/tags/${tag}` : 'HEAD';
    }
    return sha ?? base_rules_text(record(record(payload.pull_request).head).sha) ?? 'HEAD';
}
function pushRule(payload, defaultBranch) {
    const ref = base_rules_text(payload.ref) ?? '';
    const before = realSha(payload.before);
    const onDefault = ref === `refs/heads/${defaultBranch}`;
    if (realSha(payload.after) === undefined) {
        return [{ kind: 'everything', reason: `push deleted ${ref}: there is no head to compare` }, ''];
    }
    if (ref.startsWith('refs/tags/')) {
        return [{ kind: 'previous-tag', tag: ref.slice('refs/tags/'.length) }, 'push of a tag'];
    }
    if (before && !payload.forced)
        return [{ kind: 'commit', rev: before }, 'push: before'];
    if (before && onDefault) {
        return [{ kind: 'commit', rev: before }, `forced push to ${defaultBranch}: before`];
    }
    if (!before && onDefault) {
        const reason = `first push of the default branch ${defaultBranch}: nothing to compare with`;
        return [{ kind: 'everything', reason }, ''];
    }
    const why = before ? 'forced push' : 'new branch';
    return [
        { kind: 'merge-base', branch: defaultBranch },
        `${why}: merge base with ${defaultBranch}`,
    ];
}
function pullRequestRule(pullRequest) {
    const base = record(pullRequest.base);
    const sha = realSha(base.sha);
    const branch = base_rules_text(base.ref);
    if (!sha && !branch) {
        return [{ kind: 'everything', reason: 'the pull_request payload names no base' }, ''];
    }
    return [{ kind: 'merge-base', sha, branch }, `pull request: merge base with ${branch ?? sha}`];
}
function releaseRule(payload, eventName) {
    const tag = base_rules_text(record(payload.release).tag_name);
    if (!tag)
        return [{ kind: 'everything', reason: `the ${eventName} payload names no tag` }, ''];
    return [{ kind: 'previous-tag', tag }, 'release: previous release tag'];
}
function eventRule(request) {
    const { name, payload } = request.event;
    if (name === 'push')
        return pushRule(payload, request.defaultBranch);
    if (payload.pull_request !== undefined)
        return pullRequestRule(record(payload.pull_request));
    if (name === 'merge_group') {
        const sha = realSha(record(payload.merge_group).base_sha);
        if (sha)
            return [{ kind: 'commit', rev: sha }, 'merge group: base_sha'];
        return [{ kind: 'everything', reason: 'the merge_group payload names no base_sha' }, ''];
    }
    if (name === 'release')
        return releaseRule(payload, name);
    const reason = name === 'workflow_dispatch'
        ? 'workflow_dispatch without a base input: pass base (and head) to compare'
        : `event '${name || 'unknown'}' has no base rule: pass the base input`;
    return [{ kind: 'everything', reason }, ''];
}
/** Decides, from the event and the inputs alone, what to compare. */
function planRange(request) {
    const head = headOf(request);
    if (request.base)
        return { head, base: { kind: 'commit', rev: request.base }, rule: 'input base' };
    const [base, rule] = eventRule(request);
    return { head, base, rule: rule || 'everything' };
}

;// CONCATENATED MODULE: ./actions/detect-changed-envs/src/changed-files.ts
/** Parses `git diff --name-status -z`: `STATUS NUL path NUL`, or `R<score> NUL old NUL new NUL`. */
function parseNameStatus(output) {
    const fields = output.split('\0');
    const changes = [];
    for (let index = 0; index < fields.length && fields[index] !== '';) {
        const code = fields[index] ?? '';
        const status = code.charAt(0);
        if (!/^[ACDMRTUX]\d*$/.test(code)) {
            throw new Error(`unexpected git diff --name-status output: ${JSON.stringify(code)}`);
        }
        if (status === 'R' || status === 'C') {
            const [from = '', path = ''] = fields.slice(index + 1, index + 3);
            changes.push({ status, path, from });
            index += 3;
        }
        else {
            changes.push({ status, path: fields[index + 1] ?? '' });
            index += 2;
        }
    }
    return changes;
}
/** Every path a change touches: both sides of a rename; copies only add their new path. */
function touchedPaths(change) {
    return change.status === 'R' && change.from ? [change.from, change.path] : [change.path];
}
/**
 * Whether the base tree's graph can attribute anything the head's cannot. Only when a path
 * disappears (deleted, renamed away, turned into a symlink or submodule): otherwise every base
 * reference chain to a changed file meets its first changed file at head too, in the same
 * node, so the head graph alone attributes every change, and building the base graph would
 * only cost time.
 */
function baseGraphNeeded(changes) {
    return changes.some((change) => !['A', 'M', 'C'].includes(change.status));
}
/** How a path shows in a reason chain: deletions and renames say so. */
function pathLabel(change, path) {
    if (change.status === 'D')
        return `${path} (deleted)`;
    if (change.status === 'R') {
        return path === change.from
            ? `${path} (renamed to ${change.path})`
            : `${path} (renamed from ${change.from})`;
    }
    return path;
}
/** The files that differ between two local commits; renames detected, nothing from an API. */
async function changedFiles(git, base, head) {
    const args = [
        'diff',
        '--name-status',
        '-z',
        '-M',
        '--no-ext-diff',
        '--no-textconv',
        '--no-color',
    ];
    const result = await git.run([...args, base, head, '--']);
    return parseNameStatus(result.stdout);
}

;// CONCATENATED MODULE: ./actions/detect-changed-envs/src/graph-index.ts
function addUnique(map, key, value, seen, id) {
    if (seen.has(id))
        return;
    seen.add(id);
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
function indexNode(index, node, seen) {
    if (!index.byDir.has(node.dir))
        index.byDir.set(node.dir, node);
    for (const reference of node.references) {
        const id = `ref\0${node.dir}\0${reference.file}\0${reference.via.join('\0')}`;
        addUnique(index.byFile, reference.file, { node, via: reference.via }, seen, id);
    }
    for (const dependency of node.dependencies) {
        addUnique(index.dependents, dependency, node, seen, `dep\0${node.dir}\0${dependency}`);
    }
}
/** Indexes a domain across trees (head first): references, nodes, dependents, problems. */
function indexDomain(trees, domain) {
    const index = {
        byFile: new Map(),
        byDir: new Map(),
        dependents: new Map(),
        problems: [],
    };
    const seen = new Set();
    for (const tree of trees) {
        for (const node of tree[domain].nodes)
            indexNode(index, node, seen);
        for (const problem of tree[domain].problems) {
            const id = `problem\0${problem.file}\0${problem.message}\0${problem.scope}\0${problem.node}`;
            if (!seen.has(id))
                index.problems.push(problem);
            seen.add(id);
        }
    }
    return index;
}

;// CONCATENATED MODULE: ./actions/detect-changed-envs/src/model.ts
/** The shapes detection works on; the graph packages' results are mapped onto them. */
const DOMAINS = ['infrastructure', 'k8s'];
/** The shared infrastructure target of the default layout (infrastructure/permanent/). */
const PERMANENT = 'permanent';

;// CONCATENATED MODULE: ./actions/detect-changed-envs/src/paths.ts
/** Documentation: `*.md`, anything under a `docs/` folder, LICENSE/COPYING files. */
function isDocs(path) {
    const parts = path.split('/');
    const name = parts.at(-1) ?? '';
    if (/\.(md|markdown)$/i.test(name))
        return true;
    if (/^(LICEN[CS]E|COPYING)(\.[^/]*)?$/i.test(name))
        return true;
    return parts.slice(0, -1).includes('docs');
}
/** `a/b/c` -> ['a/b', 'a']: the folders holding a path, nearest first. */
function parentDirs(path) {
    const parts = path.split('/');
    return parts.slice(1).map((_, index) => parts.slice(0, parts.length - 1 - index).join('/'));
}

;// CONCATENATED MODULE: ./actions/detect-changed-envs/src/detect.ts




const chainOf = (hit) => [hit.label, ...hit.hops, hit.target].join(' -> ');
const appsOf = (apps) => (apps === undefined ? {} : { apps });
function referenceHits(index, path, label) {
    return (index.byFile.get(path) ?? []).map(({ node, via }) => ({
        file: path,
        label,
        hops: [...[...via].reverse(), node.dir],
        node: node.dir,
        target: node.target,
        ...appsOf(node.apps),
    }));
}
/** Fail closed for files nobody references but that sit in a node's or a target's folder. */
function folderHit(domain, input, index, path) {
    const node = parentDirs(path)
        .map((dir) => index.byDir.get(dir))
        .find(Boolean);
    const label = path;
    if (node) {
        const hops = ['unreferenced file in its folder', node.dir];
        return { file: path, label, hops, node: node.dir, target: node.target, ...appsOf(node.apps) };
    }
    const folder = input.layout.targetFolder(domain, path);
    if (!folder)
        return undefined;
    const hops = ['unreferenced file in the target folder', folder.folder];
    const { target, apps } = folder;
    return { file: path, label, hops, node: folder.folder, target, ...appsOf(apps) };
}
function pathHits(domain, input, index, change) {
    return touchedPaths(change).flatMap((path) => {
        const hits = referenceHits(index, path, pathLabel(change, path));
        if (hits.length > 0 || isDocs(path))
            return hits;
        const folder = folderHit(domain, input, index, path);
        return folder ? [{ ...folder, label: pathLabel(change, path) }] : [];
    });
}
/** Units that depend on an affected unit are affected too, transitively. */
function dependentHits(index, direct) {
    const reached = new Map();
    for (const hit of direct)
        if (!reached.has(hit.node))
            reached.set(hit.node, hit);
    const queue = [...reached.values()];
    const added = [];
    for (let hit = queue.shift(); hit; hit = queue.shift()) {
        for (const dependent of index.dependents.get(hit.node) ?? []) {
            if (reached.has(dependent.dir))
                continue;
            const next = {
                file: hit.file,
                label: hit.label,
                hops: [...hit.hops, `dependency of ${dependent.dir}`],
                node: dependent.dir,
                target: dependent.target,
                ...appsOf(dependent.apps),
            };
            reached.set(dependent.dir, next);
            queue.push(next);
            added.push(next);
        }
    }
    return added;
}
function problemTargets(problem, domain, input, index) {
    if (problem.scope === 'node' && problem.node !== undefined) {
        const target = index.byDir.get(problem.node)?.target ??
            input.layout.targetFolder(domain, problem.node, 'dir')?.target;
        if (target !== undefined)
            return [target];
    }
    return input.universe[domain];
}
function problemHits(domain, input, index) {
    const result = { hits: [], fallbackReasons: [], warnings: [] };
    const relevant = input.changes.some((change) => touchedPaths(change).some((p) => !isDocs(p)));
    for (const problem of index.problems) {
        const text = `${problem.file}: ${problem.message}`;
        if (!input.failClosed || !relevant) {
            result.warnings.push(`${domain} graph problem (${input.failClosed ? 'no code changed' : 'fail-closed is off'}): ${text}`);
            continue;
        }
        result.fallbackReasons.push(text);
        for (const target of problemTargets(problem, domain, input, index)) {
            const node = problem.node ?? (input.layout.roots[domain] || '.');
            const hops = [`${problem.message} (failing closed)`, node];
            result.hits.push({ file: problem.file, label: problem.file, hops, node, target });
        }
    }
    return result;
}
function everythingHits(domain, input, reason) {
    return input.universe[domain].map((target) => ({
        file: '',
        label: `no base (${reason})`,
        hops: [],
        node: input.layout.roots[domain] || '.',
        target,
    }));
}
function domainHits(domain, input) {
    if (input.everything !== undefined) {
        const hits = everythingHits(domain, input, input.everything);
        return { hits, fallbackReasons: [], warnings: [] };
    }
    const index = indexDomain(input.trees, domain);
    const direct = input.changes.flatMap((change) => pathHits(domain, input, index, change));
    const problems = problemHits(domain, input, index);
    const reached = [...direct, ...problems.hits];
    const hits = [...reached, ...dependentHits(index, reached)];
    return { ...problems, hits };
}
/** The apps of each environment's overlays, at base or head. */
function appsByTarget(trees) {
    const apps = new Map();
    for (const node of trees.flatMap((tree) => tree.k8s.nodes)) {
        if (node.apps === undefined)
            continue;
        const set = apps.get(node.target) ?? new Set();
        node.apps.forEach((app) => set.add(app));
        apps.set(node.target, set);
    }
    return apps;
}
/**
 * A hit names its app when it reached one overlay. A file reached only without an app (a
 * cluster folder's own file, a problem, no base) concerns every app of the environment; one a
 * cluster reaches through an app's overlay (Flux spec.path) concerns that app.
 */
function affectedApps(hits, all) {
    if (!all)
        return undefined;
    const viaApp = new Set(hits.filter((hit) => hit.apps !== undefined).map((hit) => hit.file));
    if (hits.some((hit) => hit.apps === undefined && (hit.file === '' || !viaApp.has(hit.file))))
        return [...all].sort();
    return [...new Set(hits.flatMap((hit) => hit.apps ?? []))].sort();
}
/** The target's folders the hits reach; every folder of the target when one hit is not in one. */
function targetPaths(domain, target, hits, input) {
    const folderOf = (dir) => input.layout.targetFolder(domain, dir, 'dir')?.folder;
    const reached = hits.map((hit) => folderOf(hit.node));
    if (reached.every((folder) => folder !== undefined))
        return [...new Set(reached)].sort();
    const nodes = input.trees
        .flatMap((tree) => tree[domain].nodes)
        .filter((n) => n.target === target);
    return [...new Set(nodes.flatMap((node) => folderOf(node.dir) ?? []))].sort();
}
function findings(domain, hits, input) {
    const apps = domain === 'k8s' ? appsByTarget(input.trees) : new Map();
    return input.universe[domain].flatMap((target) => {
        const own = hits.filter((hit) => hit.target === target);
        if (own.length === 0)
            return [];
        const files = [...new Set(own.map((hit) => hit.file).filter(Boolean))];
        const chains = [...new Set(own.map(chainOf))];
        const affected = affectedApps(own, apps.get(target));
        const paths = domain === 'infrastructure' ? targetPaths(domain, target, own, input) : [];
        return [
            {
                target,
                domain,
                files,
                chains,
                ...(affected && { apps: affected }),
                ...(paths.length > 0 && { paths }),
            },
        ];
    });
}
function leftovers(input, hits) {
    const claimed = new Set(hits.map((hit) => hit.file));
    const paths = [...new Set(input.changes.flatMap(touchedPaths))].filter((p) => !claimed.has(p));
    return {
        ignored: paths.filter((path) => isDocs(path)),
        unattributed: input.everything === undefined ? paths.filter((path) => !isDocs(path)) : [],
    };
}
/** Terragrunt and Kustomize files, whose change matters wherever they are. */
const CONFIG_FILE = /(^|\/)(terragrunt(\.stack)?\.hcl|[^/]+\.(tf|tofu|tfvars)|kustomization\.ya?ml|Kustomization)$/;
const under = (root, path) => root === '' || path.startsWith(`${root}/`);
/**
 * Fail closed when the layout cannot account for a change: files changed under a root where no
 * environment was found, or Terragrunt/Kustomize files changed outside both roots.
 */
function layoutReasons(input, unattributed) {
    if (input.everything !== undefined || !input.failClosed)
        return [];
    const paths = [...new Set(input.changes.flatMap(touchedPaths))].filter((p) => !isDocs(p));
    const reasons = [];
    for (const domain of DOMAINS) {
        const root = input.layout.roots[domain];
        const changed = paths.find((path) => under(root, path));
        if (input.universe[domain].length > 0 || changed === undefined)
            continue;
        reasons.push(`${domain}: no environment was found under ${root || '.'}, yet ${changed} changed there; describe the layout in infra-fleet.yaml`);
    }
    const { infrastructure, k8s } = input.layout.roots;
    const outside = (path) => !under(infrastructure, path) && !under(k8s, path);
    const stray = unattributed.find((path) => CONFIG_FILE.test(path) && outside(path));
    if (stray) {
        reasons.push(`${stray} changed outside the infrastructure root (${infrastructure || '.'}) and the k8s root (${k8s || '.'}); describe the layout in infra-fleet.yaml`);
    }
    return reasons;
}
/** Which targets a change affects, per domain, and why. Pure: data in, data out. */
function detect(input) {
    const results = DOMAINS.map((domain) => ({ domain, ...domainHits(domain, input) }));
    const all = results.flatMap((result) => result.hits);
    const fallbackReasons = results.flatMap((result) => result.fallbackReasons.map((reason) => `${result.domain}: ${reason}`));
    if (input.everything !== undefined)
        fallbackReasons.unshift(input.everything);
    const rest = leftovers(input, all);
    fallbackReasons.push(...layoutReasons(input, rest.unattributed));
    return {
        findings: results.flatMap((result) => findings(result.domain, result.hits, input)),
        fallbackReasons,
        warnings: results.flatMap((result) => result.warnings),
        ...rest,
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
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
                this.problem(pair.key, `unknown key "${join(where, key)}"; ${hint}`);
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
const join = (where, key) => (where ? `${where}.${key}` : key);
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

;// CONCATENATED MODULE: ./actions/detect-changed-envs/src/fleet.ts


/** infra-fleet.yaml at head (the layout detection applies to both ends), with input overrides. */
async function fleetAt(reader, settings) {
    let fleet;
    try {
        fleet = await loadFleetConfig({ ...settings.config, read: (path) => reader.readText(path) });
    }
    catch (error) {
        if (!(error instanceof FleetConfigError))
            throw error;
        throw new errors/* ActionError */.l(error.message, error.hint === undefined ? {} : { hint: error.hint });
    }
    const explicit = new Set(fleet.explicit);
    const { infrastructure, k8s } = settings.roots;
    if (infrastructure !== undefined)
        explicit.add('infrastructure.root');
    if (k8s !== undefined)
        explicit.add('k8s.root');
    return {
        ...fleet,
        infrastructure: { ...fleet.infrastructure, root: infrastructure ?? fleet.infrastructure.root },
        k8s: { ...fleet.k8s, root: k8s ?? fleet.k8s.root },
        explicit,
    };
}
const KEYS = {
    infrastructure: {
        root: 'infrastructure.root',
        patterns: ['infrastructure.environments', 'infrastructure.shared'],
        input: 'infrastructure-root',
    },
    k8s: { root: 'k8s.root', patterns: ['k8s.overlays', 'k8s.clusters'], input: 'k8s-root' },
};
async function folders(reader, dir, depth) {
    const entries = (await reader.listDir(dir)) ?? [];
    const names = entries
        .filter((e) => e.kind === 'dir' && !e.name.startsWith('.'))
        .map((e) => e.name);
    if (depth <= 1)
        return names.sort();
    const nested = await Promise.all(names.map(async (name) => [
        name,
        ...(await folders(reader, dir ? `${dir}/${name}` : name, depth - 1)).map((child) => `${name}/${child}`),
    ]));
    return nested.flat().sort();
}
function listed(names) {
    if (names.length === 0)
        return 'none';
    return names.length > 20 ? `${names.slice(0, 20).join(', ')}, ...` : names.join(', ');
}
/**
 * A root or pattern the user gave (in infra-fleet.yaml or an input) that finds nothing is a
 * mistake to report, naming what does exist; a default that finds nothing is skipped.
 */
async function checkExplicitLayout(reader, layout, trees) {
    const explicit = layout.fleet.explicit;
    for (const domain of ['infrastructure', 'k8s']) {
        const keys = KEYS[domain];
        const root = layout.roots[domain];
        const given = explicit.has(keys.root) || keys.patterns.some((key) => explicit.has(key));
        if (!given || trees.some((tree) => tree[domain].targets.length > 0))
            continue;
        const source = layout.fleet.file
            ? `${layout.fleet.file} or the ${keys.input} input`
            : `the ${keys.input} input`;
        if (root !== '' && (await reader.listDir(root)) === undefined) {
            const top = await folders(reader, '', 1);
            const guess = didYouMean(root, top);
            throw new errors/* ActionError */.l(`The ${domain} root ${JSON.stringify(root)} (from ${source}) does not exist. Folders at the repository root: ${listed(top)}.`, {
                hint: guess
                    ? `Did you mean ${JSON.stringify(guess)}?`
                    : `Set ${keys.root} to the folder that holds your ${domain} tree.`,
            });
        }
        const patterns = domain === 'infrastructure'
            ? [layout.fleet.infrastructure.environments.text]
            : [layout.fleet.k8s.overlays.text, layout.fleet.k8s.clusters.text];
        throw new errors/* ActionError */.l(`No ${domain} environment found under ${root || '.'} with ${patterns.join(' or ')} (from ${source}): no matching folder holds a ${domain === 'k8s' ? 'kustomization' : 'Terragrunt unit'}. Folders there: ${listed(await folders(reader, root, 3))}.`, {
            hint: `Set ${domain === 'k8s' ? 'k8s.overlays' : 'infrastructure.environments'} in infra-fleet.yaml to the pattern of one environment's folder, e.g. "*/*/{env}" for <account>/<region>/<env>.`,
        });
    }
}

;// CONCATENATED MODULE: ./packages/fleet/src/discover.ts


async function subfolders(reader, dir) {
    const entries = (await reader.listDir(dir)) ?? [];
    return entries
        .filter((entry) => entry.kind === 'dir')
        .map((entry) => entry.name)
        .sort();
}
/**
 * Every folder under `root` that `pattern` matches, walking one segment at a time. Hidden
 * folders (`_envcommon`, `.git`) are skipped; a name outside the grammar is reported, never
 * returned, so it can fail closed with a clear message instead of reaching a shell.
 */
async function discoverFolders(reader, root, pattern) {
    let level = [{ path: joinRoot(root, '') }];
    const invalid = [];
    for (const segment of pattern.segments) {
        const next = [];
        for (const partial of level) {
            if (segment.kind === 'literal') {
                const names = await subfolders(reader, partial.path);
                if (names.includes(segment.value))
                    next.push({ ...partial, path: joinRoot(partial.path, segment.value) });
                continue;
            }
            for (const name of await subfolders(reader, partial.path)) {
                if (isHiddenFolder(name))
                    continue;
                const path = joinRoot(partial.path, name);
                if (segment.kind !== 'any' && !isName(name)) {
                    invalid.push({
                        folder: path,
                        message: `folder name is not a valid ${segment.kind} name: ${NAME_RULE}`,
                    });
                    continue;
                }
                next.push({
                    ...partial,
                    path,
                    ...(segment.kind === 'env' && { env: name }),
                    ...(segment.kind === 'app' && { app: name }),
                });
            }
        }
        level = next;
    }
    const matches = level.map((partial) => ({
        folder: partial.path,
        env: partial.env,
        ...(partial.app !== undefined && { app: partial.app }),
    }));
    return { matches, invalid };
}

;// CONCATENATED MODULE: ./packages/kustomize/src/errors.ts
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
class SurgicalEditError extends (/* unused pure expression or super */ null && (KustomizeError)) {
}

;// CONCATENATED MODULE: ./packages/kustomize/src/files.ts

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
        throw new KustomizeError(`${dirLabel} has no kustomization file (expected one of ${accepted})`, `Point to a directory that holds one of ${accepted}.`);
    }
    if (found.length > 1) {
        throw new KustomizeError(`${dirLabel} holds several kustomization files (${found.join(', ')}); kustomize refuses that`, `Keep exactly one of ${found.join(', ')} in ${dirLabel}.`);
    }
    return found[0];
}

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
    const joined = external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(dir, ref)).replace(/\/+$/, '');
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
    const parent = external_node_path_namespaceObject.posix.dirname(path);
    return parent === '.' ? '' : parent;
}
function baseName(path) {
    return external_node_path_namespaceObject.posix.basename(path);
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
        return KUSTOMIZATION_FILE_NAMES.filter((name) => listing?.has(name));
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
        const joined = external_node_path_namespaceObject.posix.join(path, component);
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
    const names = KUSTOMIZATION_FILE_NAMES.join(', ');
    return `\`${hop}\`: ${dir} holds no kustomization file (${names}); add one or name a file`;
}
function pick(names, dir) {
    try {
        return { name: pickKustomizationFile(names, dir) };
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
    const normalized = external_node_path_namespaceObject.posix.normalize(root.trim() || '.').replace(/\/+$/, '');
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

;// CONCATENATED MODULE: ./packages/terragrunt/src/values.ts
/**
 * A value we could not compute. 'error' means Terragrunt itself would fail (a missing local,
 * a missing file); 'opaque' means the value exists but is not knowable from the tree alone
 * (an environment variable, a dependency output, an unsupported function). `prefix` is the
 * known start of a string whose tail is unknown, so "git::...?ref=${x}" is still remote.
 */
class Unknown {
    reason;
    kind;
    prefix;
    constructor(reason, kind = 'opaque', prefix = '') {
        this.reason = reason;
        this.kind = kind;
        this.prefix = prefix;
    }
}
function isUnknown(value) {
    return value instanceof Unknown;
}
function isMap(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !isUnknown(value);
}
/** The first unknown among `values`, so a function of unknown arguments reports why. */
function firstUnknown(values) {
    for (const value of values)
        if (isUnknown(value))
            return value;
    return undefined;
}
function typeName(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'list';
    if (isUnknown(value))
        return 'unknown';
    return isMap(value) ? 'object' : typeof value;
}
/** HCL's string conversion of a primitive; collections have none. */
function toText(value) {
    if (isUnknown(value))
        return value;
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return new Unknown(`cannot use a ${typeName(value)} as a string`, 'error');
}
function values_describe(value) {
    if (isUnknown(value))
        return `(unknown: ${value.reason})`;
    return JSON.stringify(value) ?? String(value);
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/budget.ts

/**
 * Bounds on the work of one evaluation (a unit with its includes, one shared read, one stack
 * file). A hostile tree of a few kilobytes must not cost minutes or gigabytes; a real one stays
 * far below every bound. Work is counted, never timed, so results do not depend on the machine.
 */
const LIMITS = {
    /** Includes and reads nested in one another. */
    depth: 16,
    /** Config files evaluated (includes, reads not already cached, stack files). */
    evaluations: 200,
    /** Expression nodes evaluated, plus the cost of expensive functions (regex). */
    steps: 250_000,
    /** Elements plus string characters of one value. */
    valueSize: 1_000_000,
    /** Units and stacks one stack file generates, nested stacks' included. */
    components: 500,
};
/** Work done across a whole graph build (for tests and benchmarks: counts, never times). */
class Tally {
    evaluations = 0;
    steps = 0;
}
/** Counts work against LIMITS; once a bound is hit, every further request is refused. */
class Budget {
    tally;
    limits;
    evaluations = 0;
    steps = 0;
    /** Why work stopped, once it has. */
    exhausted;
    constructor(tally = new Tally(), limits = LIMITS) {
        this.tally = tally;
        this.limits = limits;
    }
    /** Counts one more config evaluation; the reason it is refused, if it is. */
    evaluation() {
        this.evaluations++;
        this.tally.evaluations++;
        if (this.evaluations > this.limits.evaluations)
            this.exhausted ??= `more than ${this.limits.evaluations} config files in one evaluation`;
        return this.exhausted;
    }
    /** Spends `cost` steps; an Unknown once the step budget is gone. */
    spend(cost = 1) {
        this.steps += cost;
        this.tally.steps += cost;
        if (this.steps > this.limits.steps)
            this.exhausted ??= `more than ${this.limits.steps} evaluation steps`;
        return this.exhausted
            ? new Unknown(`evaluation stopped: ${this.exhausted}`, 'error')
            : undefined;
    }
    /** An Unknown in place of a value too large to keep. */
    tooLarge(value) {
        if (sizeOf(value) <= this.limits.valueSize)
            return undefined;
        this.exhausted ??= `a value larger than ${this.limits.valueSize} elements and characters`;
        return new Unknown(`evaluation stopped: ${this.exhausted}`, 'error');
    }
}
const SIZES = new WeakMap();
/** Elements plus characters, counting shared parts every time they appear (as JSON would). */
function sizeOf(value) {
    if (typeof value === 'string')
        return value.length + 1;
    if (value === null || typeof value !== 'object' || !(Array.isArray(value) || isMap(value)))
        return 1;
    const known = SIZES.get(value);
    if (known !== undefined)
        return known;
    const items = Array.isArray(value) ? value : Object.values(value);
    let size = 1;
    for (const item of items)
        size += sizeOf(item);
    SIZES.set(value, size);
    return size;
}
/** An evaluation that ran out of budget is incomplete: its unit fails closed, saying why. */
function reportExhausted(root, file, rec) {
    const reason = root.budget.exhausted;
    if (!reason)
        return;
    rec.issue(file, `change detection stopped evaluating ${file}: ${reason}. Such a config is treated as ` +
        `changed; simplify its includes, reads and expressions.`);
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/config-context.ts


function newRoot(tally) {
    return { budget: new Budget(tally), includes: new Map(), usesUnit: false };
}
/** The block bodies hcl2json gives for `name { }` (a list) or `name "label" { }` (a map of lists). */
function blockBodies(raw) {
    if (Array.isArray(raw))
        return raw.filter(isBody).map((body) => ({ label: '', body: body }));
    if (!isBody(raw))
        return [];
    return Object.entries(raw).flatMap(([label, inner]) => blockBodies(inner).map((block) => ({
        label: block.label ? `${label}.${block.label}` : label,
        body: block.body,
    })));
}
function isBody(raw) {
    return (typeof raw === 'object' && raw !== null && !Array.isArray(raw) && !(raw instanceof Unknown));
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/paths.ts

/**
 * Terragrunt functions return absolute paths. We evaluate against a virtual absolute root so
 * that string manipulation (dirname, basename, "${get_terragrunt_dir()}/../x") behaves as in
 * Terragrunt, and map results back to repository-relative paths.
 */
const REPO_ROOT = '/__repo__';
function toVirtual(repoPath) {
    return repoPath ? `${REPO_ROOT}/${repoPath}` : REPO_ROOT;
}
/** The repository-relative form of a virtual absolute path; undefined when outside the repo. */
function fromVirtual(absolute) {
    const normal = external_node_path_namespaceObject.posix.normalize(absolute).replace(/\/+$/, '');
    if (normal === REPO_ROOT)
        return '';
    return normal.startsWith(`${REPO_ROOT}/`) ? normal.slice(REPO_ROOT.length + 1) : undefined;
}
/** Resolves `path` (absolute, or relative to the repo-relative `baseDir`) to a virtual path. */
function resolveVirtual(baseDir, path) {
    if (external_node_path_namespaceObject.posix.isAbsolute(path))
        return external_node_path_namespaceObject.posix.normalize(path);
    return external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(toVirtual(baseDir), path));
}
/** Resolves to a repository-relative path, or undefined when it leaves the repository. */
function resolveRepo(baseDir, path) {
    return fromVirtual(resolveVirtual(baseDir, path));
}
function dirOf(repoPath) {
    const dir = external_node_path_namespaceObject.posix.dirname(repoPath);
    return dir === '.' ? '' : dir;
}
function joinRepo(dir, name) {
    return dir ? `${dir}/${name}` : name;
}
/** Terragrunt's GetPathRelativeTo: "." for the same dir, POSIX separators. */
function relativePath(fromDir, toDir) {
    return external_node_path_namespaceObject.posix.relative(toVirtual(fromDir), toVirtual(toDir)) || '.';
}
/** Where a terragrunt.stack.hcl generates its units and stacks. */
const STACK_DIR = '.terragrunt-stack';
/**
 * The dir a stack's `unit`/`stack` block generates into (Terragrunt's resolveDestPath):
 * <stack>/.terragrunt-stack/<path>, or <stack>/<path> with no_dot_terragrunt_stack. Undefined
 * for a path that is absolute or leaves that dir, which Terragrunt refuses.
 */
function generatedDir(stackDir, path, noStack) {
    const base = noStack ? stackDir : joinRepo(stackDir, STACK_DIR);
    if (external_node_path_namespaceObject.posix.isAbsolute(path))
        return undefined;
    const inside = external_node_path_namespaceObject.posix.relative(toVirtual(base), resolveVirtual(base, path));
    return inside === '' || inside.startsWith('..') ? undefined : joinRepo(base, inside);
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/file-functions.ts



const CONTENT_READERS = new Set([
    'file',
    'templatefile',
    'filebase64',
    'filemd5',
    'filesha1',
    'filesha256',
    'filesha512',
    'read_tfvars_file',
    'sops_decrypt_file',
]);
const FILE_FUNCTIONS = new Set([...CONTENT_READERS, 'fileexists', 'fileset']);
/** Calls a file-reading function; undefined when `name` is not one. */
async function callFileFunction(name, args, host) {
    if (!FILE_FUNCTIONS.has(name))
        return undefined;
    const path = repoPath(name, args[0] ?? null, host);
    if (isUnknown(path))
        return path;
    if (name === 'fileset')
        return fileset(path, args[1] ?? null, host);
    host.record(path, `${name}(${path})`);
    if (name === 'fileexists')
        return (await host.files.kind(path)) === 'file';
    return new Unknown(`the contents of ${path}`);
}
function repoPath(name, arg, host) {
    const path = toText(arg);
    if (isUnknown(path)) {
        host.unresolved(`${name}()`, path.reason);
        return path;
    }
    const resolved = fromVirtual(resolveVirtual(host.baseDir, path));
    if (resolved === undefined) {
        host.unresolved(`${name}("${path}")`, 'the path is outside the repository');
        return new Unknown(`${path} is outside the repository`);
    }
    return resolved;
}
async function fileset(dir, patternArg, host) {
    const pattern = toText(patternArg);
    if (isUnknown(pattern)) {
        host.unresolved(`fileset("${dir}", ...)`, pattern.reason);
        return pattern;
    }
    const matcher = globToRegExp(pattern);
    const matches = (await listFiles(host.files, dir)).filter((file) => matcher.test(file)).sort();
    for (const file of matches)
        host.record(external_node_path_namespaceObject.posix.join(dir, file), `fileset(${dir}, "${pattern}")`);
    return matches;
}
/** Files under `dir`, relative to it; symlinks and missing dirs contribute nothing. */
async function listFiles(files, dir, prefix = '') {
    const entries = (await files.list(dir)) ?? [];
    const found = [];
    for (const entry of entries) {
        const relative = prefix + entry.name;
        if (entry.kind === 'file')
            found.push(relative);
        if (entry.kind === 'dir')
            found.push(...(await listFiles(files, `${dir}/${entry.name}`, `${relative}/`)));
    }
    return found;
}
/** Terraform's fileset globs: *, **, ?, {a,b} and [...] classes. */
function globToRegExp(glob) {
    let source = '';
    for (let i = 0; i < glob.length; i += 1) {
        const c = glob[i];
        if (glob.startsWith('**/', i)) {
            source += '(?:.*/)?';
            i += 2;
        }
        else if (glob.startsWith('**', i)) {
            source += '.*';
            i += 1;
        }
        else if (c === '*')
            source += '[^/]*';
        else if (c === '?')
            source += '[^/]';
        else if (c === '{')
            source += '(?:';
        else if (c === '}')
            source += ')';
        else if (c === ',' && glob.lastIndexOf('{', i) > glob.lastIndexOf('}', i))
            source += '|';
        else if (c === '[' || c === ']')
            source += c;
        else
            source += c.replace(/[.+^$()|\\]/g, '\\$&');
    }
    return new RegExp(`^${source}$`);
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/config-functions.ts





const BOUNDARY_FLAG = '--terragrunt-boundary';
/** Terragrunt's context functions: paths of the current config, its unit and its includes. */
class ContextFunctions {
    files;
    reads;
    constructor(files, reads) {
        this.files = files;
        this.reads = reads;
    }
    async call(name, args, scope) {
        const ctx = scope.ctx;
        switch (name) {
            case 'find_in_parent_folders':
                return this.findInParentFolders(args, scope);
            case 'read_terragrunt_config':
                return this.read(args, scope);
            case 'get_terragrunt_dir':
                return scope.virtualDir();
            case 'get_original_terragrunt_dir':
                if (ctx.shared)
                    ctx.root.usesUnit = true;
                return toVirtual(ctx.unitDir);
            case 'get_parent_terragrunt_dir': {
                const include = scope.selectedInclude(args);
                if (isUnknown(include ?? null))
                    return include;
                return include === undefined ? scope.virtualDir() : toVirtual(dirOf(include));
            }
            case 'path_relative_to_include':
            case 'path_relative_from_include':
                return scope.relativeToInclude(args, name === 'path_relative_from_include');
            case 'get_repo_root':
                return REPO_ROOT;
            // Relative to Terragrunt's working dir: the unit's, or that of the file being read.
            case 'get_path_from_repo_root':
                return ctx.terragruntDir || '.';
            case 'get_path_to_repo_root':
                return relativePath(ctx.terragruntDir, '');
            case 'mark_as_read':
                return this.markAsRead(args, scope);
            case 'mark_glob_as_read':
                return this.markGlobAsRead(args, scope);
            case 'get_env':
                return new Unknown(`get_env(${args.map((arg) => JSON.stringify(arg)).join(', ')}) depends on the runner`);
        }
        return undefined;
    }
    /** Terragrunt's search: from the parent of the current config's dir up to the root. */
    async findInParentFolders(args, scope) {
        const name = args.length ? toText(args[0]) : 'terragrunt.hcl';
        if (isUnknown(name))
            return name;
        for (let dir = scope.ctx.terragruntDir; dir !== '';) {
            dir = dirOf(dir);
            const candidate = resolveRepo(dir, name);
            if (candidate !== undefined && (await this.files.kind(candidate)))
                return toVirtual(candidate);
        }
        if (args.length > 1)
            return args[1];
        const message = `find_in_parent_folders("${name}") found no ${name} above ${scope.ctx.terragruntDir}`;
        return new Unknown(message, 'error');
    }
    async read(args, scope) {
        const path = scope.requirePath(args[0] ?? null, 'read_terragrunt_config()');
        if (path === undefined)
            return new Unknown('read_terragrunt_config() of an unknown path');
        let file = resolveRepo(scope.ctx.terragruntDir, path);
        if (file === undefined) {
            scope.unresolved(`read_terragrunt_config "${path}"`, 'the path is outside the repository');
            return new Unknown(`${path} is outside the repository`);
        }
        if ((await this.files.kind(file)) === 'dir')
            file = joinRepo(file, 'terragrunt.hcl');
        const hop = `read_terragrunt_config ${file}`;
        scope.rec.ref(file, hop);
        if (!(await this.files.kind(file)) && args.length > 1)
            return args[1];
        const stop = nestingProblem(scope, file, 'read_terragrunt_config');
        if (stop) {
            scope.rec.issue(scope.file, stop);
            return new Unknown(stop, 'error');
        }
        return this.reads.read(file, scope, hop);
    }
    /** Relative to Terragrunt's working dir, which is the current config's dir. */
    markAsRead(args, scope) {
        const path = scope.requirePath(args[0] ?? null, 'mark_as_read()');
        if (path === undefined)
            return new Unknown('mark_as_read() of an unknown path');
        const file = fromVirtual(absolute(scope, path));
        if (file === undefined)
            scope.unresolved(`mark_as_read("${path}")`, 'the path is outside the repository');
        else
            scope.rec.ref(file, `mark_as_read ${file}`);
        return path;
    }
    /** Every file the glob matches (gobwas syntax; we match a superset) is read by the unit. */
    async markGlobAsRead(args, scope) {
        const given = args.filter((arg, at) => !(at === 0 && String(arg).startsWith(BOUNDARY_FLAG)));
        const pattern = given.length === args.length ? args[0] : args.at(-1);
        const text = scope.requirePath(pattern ?? null, 'mark_glob_as_read()');
        if (text === undefined)
            return new Unknown('mark_glob_as_read() of an unknown pattern');
        const full = external_node_path_namespaceObject.posix.normalize(absolute(scope, text));
        const segments = full.split('/');
        const fixed = segments.findIndex((segment) => /[*?[{\\]/.test(segment));
        const rootDir = fromVirtual(fixed < 0 ? full : segments.slice(0, fixed).join('/') || '/');
        if (rootDir === undefined) {
            scope.unresolved(`mark_glob_as_read("${text}")`, 'the pattern starts outside the repository');
            return new Unknown(`${text} is outside the repository`);
        }
        const hop = `mark_glob_as_read(${text})`;
        if (fixed < 0) {
            if ((await this.files.kind(rootDir)) === 'dir')
                return [];
            scope.rec.ref(rootDir, hop);
            return [toVirtual(rootDir)];
        }
        const matcher = globToRegExp(segments.slice(fixed).join('/'));
        const found = (await listFiles(this.files, rootDir)).filter((file) => matcher.test(file));
        return found.sort().map((relative) => {
            const file = joinRepo(rootDir, relative);
            scope.rec.ref(file, hop);
            return toVirtual(file);
        });
    }
}
function absolute(scope, path) {
    return external_node_path_namespaceObject.posix.isAbsolute(path) ? path : `${toVirtual(scope.ctx.terragruntDir)}/${path}`;
}
/** Why `file` must not be evaluated below `scope`: a cycle, or nesting past the bound. */
function nestingProblem(scope, file, what) {
    if ([...scope.ctx.chain, scope.file].includes(file))
        return `${what} in ${scope.file} forms a cycle through ${file}; remove the loop.`;
    if (scope.ctx.chain.length >= LIMITS.depth)
        return `${what} of ${file} in ${scope.file} nests includes and reads more than ${LIMITS.depth} deep; change detection stops following them here.`;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/expose.ts

/** Terragrunt's blocks, as an exposed include shows them (TerragruntConfigAsCty). */
const BLOCKS = {
    terraform: 'single',
    remote_state: 'single',
    dependencies: 'single',
    exclude: 'single',
    errors: 'single',
    catalog: 'single',
    engine: 'single',
    dependency: 'labelled',
    generate: 'labelled',
    feature: 'labelled',
};
const TERRAFORM_BLOCKS = {
    extra_arguments: 'labelled',
    before_hook: 'labelled',
    after_hook: 'labelled',
    error_hook: 'labelled',
};
/**
 * An included config's body as `include.<name>` exposes it. hcl2json gives every block as a
 * list of bodies (`terraform: [{...}]`, `dependency: {vpc: [{...}]}`); Terragrunt exposes an
 * object (`include.root.terraform.source`) or a map by label (`include.root.dependency.vpc`).
 */
function exposedBody(body) {
    return reshape(body, BLOCKS);
}
function reshape(body, blocks) {
    const out = { ...body };
    for (const [key, shape] of Object.entries(blocks)) {
        const value = body[key];
        if (value === undefined)
            continue;
        out[key] = shape === 'single' ? single(value) : labelled(value);
        if (key === 'terraform' && isMap(out[key]))
            out[key] = reshape(out[key], TERRAFORM_BLOCKS);
    }
    return out;
}
/** The block's body; repeated blocks merge, the last one winning. */
function single(value) {
    if (!Array.isArray(value))
        return value;
    const bodies = value.filter(isMap);
    return bodies.length ? Object.assign({}, ...bodies) : null;
}
function labelled(value) {
    if (!isMap(value))
        return value;
    return Object.fromEntries(Object.entries(value).map(([label, bodies]) => [label, single(bodies)]));
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/trail.ts
function newTrail() {
    return { refs: [], issues: [], links: [] };
}
const FIX_HINT = 'Use literal paths or the functions change detection evaluates (find_in_parent_folders, ' +
    'read_terragrunt_config, get_terragrunt_dir, get_parent_terragrunt_dir, path_relative_to_include, ' +
    'dirname, basename, format, local.* and include.*.locals.*).';
/** Records references under a hop prefix; `deeper` extends the prefix for a nested file. */
class Recorder {
    via;
    trail;
    constructor(via = [], trail = newTrail()) {
        this.via = via;
        this.trail = trail;
    }
    ref(file, ...hops) {
        this.trail.refs.push({ file, via: [...this.via, ...hops] });
    }
    issue(file, message, kind = 'eval') {
        this.trail.issues.push({ file, message, kind });
    }
    deeper(...hops) {
        return new Recorder([...this.via, ...hops], this.trail);
    }
    /** Makes another evaluation's findings part of this one, under this prefix plus `hops`. */
    link(found, ...hops) {
        this.trail.links.push({ via: [...this.via, ...hops], trail: found });
    }
}
/**
 * Every file `root` reaches, once, with its shortest chain, and every issue. Trails are visited
 * in order of their chain length, each once (cycles included), so the work is linear.
 */
function flatten(root) {
    const best = new Map();
    const issues = new Map();
    const visited = new Set();
    const buckets = [[{ trail: root, via: [] }]];
    for (let length = 0; length < buckets.length; length++) {
        for (const { trail, via } of buckets[length] ?? []) {
            if (visited.has(trail))
                continue;
            visited.add(trail);
            for (const ref of trail.refs)
                keepShortest(best, ref.file, [...via, ...ref.via]);
            for (const issue of trail.issues)
                issues.set(`${issue.kind}\u0000${issue.file}\u0000${issue.message}`, issue);
            for (const link of trail.links) {
                const next = [...via, ...link.via];
                (buckets[next.length] ??= []).push({ trail: link.trail, via: next });
            }
        }
    }
    return { references: [...best.values()], issues: [...issues.values()] };
}
function keepShortest(best, file, via) {
    const known = best.get(file);
    if (!known)
        best.set(file, { file, via });
    else if (via.length < known.via.length)
        known.via = via;
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/config-reads.ts






/**
 * read_terragrunt_config results, evaluated once per file in the read file's own context and
 * shared by every reader: unless the file uses the unit's identity (get_original_terragrunt_dir,
 * values, the unit's feature flags), then once per unit. Only finished results are shared, so
 * concurrent units never wait on one another.
 */
class ReadCache {
    tally;
    evaluate;
    shared = new Map();
    perUnit = new Map();
    constructor(tally, evaluate) {
        this.tally = tally;
        this.evaluate = evaluate;
    }
    async read(file, scope, hop) {
        const key = `${file}\u0000${scope.ctx.unitDir}`;
        const found = this.shared.get(file) ?? this.perUnit.get(key) ?? (await this.evaluated(file, scope));
        if (found.usesUnit)
            scope.ctx.root.usesUnit = true;
        scope.rec.link(found.trail, hop);
        return found.value;
    }
    async evaluated(file, scope) {
        const trail = newTrail();
        const rec = new Recorder([], trail);
        const ctx = {
            unitDir: scope.ctx.unitDir,
            terragruntDir: dirOf(file),
            // A cycle found below this file is one through it, whoever reads it first.
            chain: [...scope.ctx.chain, scope.file],
            shared: true,
            root: newRoot(this.tally),
            outer: [...scope.ctx.outer, scope],
            values: scope.ctx.values,
        };
        const config = await this.evaluate(file, ctx, rec);
        reportExhausted(ctx.root, file, rec);
        const value = config
            ? exposedBody(config.body)
            : new Unknown(`${file} could not be parsed`, 'error');
        const found = { value, trail, usesUnit: ctx.root.usesUnit };
        if (found.usesUnit)
            this.perUnit.set(`${file}\u0000${scope.ctx.unitDir}`, found);
        else
            this.shared.set(file, found);
        return found;
    }
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/functions-args.ts

function functions_args_text(value, apply) {
    const s = toText(value ?? null);
    return isUnknown(s) ? s : apply(s);
}
function texts(values, apply) {
    const strings = values.map((value) => toText(value ?? null));
    const unknown = firstUnknown(strings);
    return unknown ?? apply(...strings);
}
function wrongType(name, args) {
    return new Unknown(`${name}() cannot take ${args.map(typeName).join(', ')}`, 'error');
}
function failed(name, why) {
    return new Unknown(`${name}(): ${why}`, 'error');
}
/** HCL's equality: same type and value. */
function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
function distinct(list) {
    return list.filter((item, at) => list.findIndex((other) => same(other, item)) === at);
}
function numberOf(value) {
    if (typeof value === 'number')
        return value;
    if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)))
        return Number(value);
    return undefined;
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/functions-collections.ts


/** Deeper JSON is left unknown: walking it recurses, and hostile input must not overflow the stack. */
const MAX_JSON_NESTING = 100;
/** Terraform's range() refuses to build more elements than this. */
const RANGE_LIMIT = 1024;
const COLLECTION_FUNCTIONS = {
    concat: (lists) => lists.every(Array.isArray) ? lists.flat() : wrongType('concat', lists),
    flatten: ([list]) => (Array.isArray(list) ? functions_collections_flatten(list) : wrongType('flatten', [list])),
    merge: (maps) => mergeMaps(maps),
    length: ([value]) => functions_collections_length(value),
    element: ([list, at]) => functions_collections_element(list, at),
    lookup: ([map, key, fallback]) => lookup(map, key, fallback),
    keys: ([map]) => (isMap(map) ? Object.keys(map).sort() : wrongType('keys', [map])),
    values: ([map]) => isMap(map)
        ? Object.keys(map)
            .sort()
            .map((key) => map[key])
        : wrongType('values', [map]),
    contains: ([list, item]) => Array.isArray(list) ? list.some((x) => same(x, item)) : wrongType('contains', [list]),
    distinct: ([list]) => (Array.isArray(list) ? distinct(list) : wrongType('distinct', [list])),
    compact: ([list]) => Array.isArray(list)
        ? list.filter((x) => x !== null && x !== '')
        : wrongType('compact', [list]),
    reverse: ([list]) => (Array.isArray(list) ? [...list].reverse() : wrongType('reverse', [list])),
    sort: ([list]) => sort(list),
    slice: ([list, start, end]) => slice(list, start, end),
    index: ([list, item]) => indexOf(list, item),
    one: ([list]) => one(list),
    zipmap: ([keys, values]) => zipmap(keys, values),
    coalescelist: (lists) => lists.every(Array.isArray)
        ? (lists.find((list) => list.length > 0) ?? [])
        : wrongType('coalescelist', lists),
    range: (args) => range(args),
    alltrue: ([list]) => bools('alltrue', list, (items) => items.every(Boolean)),
    anytrue: ([list]) => bools('anytrue', list, (items) => items.some(Boolean)),
    setunion: (sets) => sets.every(Array.isArray) ? distinct(sets.flat()) : wrongType('setunion', sets),
    setintersection: ([first, ...rest]) => setFilter('setintersection', first, rest, true),
    setsubtract: ([first, second]) => setFilter('setsubtract', first, [second], false),
    sum: ([list]) => numbers('sum', Array.isArray(list) ? list : [list], (n) => n.reduce((a, b) => a + b, 0)),
    min: (args) => numbers('min', args, (n) => Math.min(...n)),
    max: (args) => numbers('max', args, (n) => Math.max(...n)),
    abs: ([n]) => numbers('abs', [n], ([x]) => Math.abs(x)),
    floor: ([n]) => numbers('floor', [n], ([x]) => Math.floor(x)),
    ceil: ([n]) => numbers('ceil', [n], ([x]) => Math.ceil(x)),
    parseint: ([s, base]) => parseInteger(s, base),
    jsondecode: ([s]) => jsondecode(s),
    tostring: ([value]) => toText(value),
    tonumber: ([value]) => numberOf(value) ?? wrongType('tonumber', [value]),
    tobool: ([value]) => tobool(value),
    tolist: ([value]) => value,
    toset: ([value]) => (Array.isArray(value) ? distinct(value) : value),
    tomap: ([value]) => value,
    jsonencode: ([value]) => JSON.stringify(value),
};
function functions_collections_flatten(list) {
    return list.flatMap((item) => (Array.isArray(item) ? functions_collections_flatten(item) : [item]));
}
function mergeMaps(maps) {
    const present = maps.filter((map) => map !== null);
    if (!present.every(isMap))
        return wrongType('merge', maps);
    return Object.assign({}, ...present);
}
function functions_collections_length(value) {
    if (typeof value === 'string')
        return [...value].length;
    if (Array.isArray(value))
        return value.length;
    return isMap(value) ? Object.keys(value).length : wrongType('length', [value]);
}
function functions_collections_element(list, at) {
    if (!Array.isArray(list) || typeof at !== 'number' || list.length === 0)
        return wrongType('element', [list, at]);
    return list[at % list.length];
}
function lookup(map, key, fallback) {
    if (!isMap(map) || typeof key !== 'string')
        return wrongType('lookup', [map, key]);
    if (Object.hasOwn(map, key))
        return map[key];
    return fallback ?? new Unknown(`lookup(): no key "${key}"`, 'error');
}
/** Terraform sorts strings (numbers converted) lexicographically. */
function sort(list) {
    if (!Array.isArray(list))
        return wrongType('sort', [list]);
    const strings = list.map(toText);
    return firstUnknown(strings) ?? strings.sort();
}
function slice(list, start, end) {
    if (!Array.isArray(list) || typeof start !== 'number' || typeof end !== 'number')
        return wrongType('slice', [list, start, end]);
    if (start < 0 || end > list.length || start > end)
        return failed('slice', `[${start}:${end}] is outside a list of ${list.length}`);
    return list.slice(start, end);
}
function indexOf(list, item) {
    if (!Array.isArray(list))
        return wrongType('index', [list, item]);
    const at = list.findIndex((candidate) => same(candidate, item));
    return at < 0 ? failed('index', 'item not found') : at;
}
function one(list) {
    if (!Array.isArray(list))
        return wrongType('one', [list]);
    if (list.length > 1)
        return failed('one', `the list has ${list.length} elements`);
    return list[0] ?? null;
}
function zipmap(keys, values) {
    if (!Array.isArray(keys) || !Array.isArray(values) || keys.length !== values.length)
        return wrongType('zipmap', [keys, values]);
    const names = keys.map(toText);
    const unknown = firstUnknown(names);
    if (unknown)
        return unknown;
    return Object.fromEntries(names.map((name, at) => [name, values[at]]));
}
function range(args) {
    const numbers = args.map(numberOf);
    if (args.length < 1 || args.length > 3 || numbers.some((n) => n === undefined))
        return wrongType('range', args);
    const [start, limit, step] = numbers.length === 1
        ? [0, numbers[0], 1]
        : [numbers[0], numbers[1], numbers[2] ?? (numbers[0] <= numbers[1] ? 1 : -1)];
    if (step === 0 || Math.abs((limit - start) / step) > RANGE_LIMIT)
        return failed('range', `more than ${RANGE_LIMIT} elements, or a zero step`);
    const out = [];
    for (let n = start; step > 0 ? n < limit : n > limit; n += step)
        out.push(n);
    return out;
}
function bools(name, list, apply) {
    if (!Array.isArray(list))
        return wrongType(name, [list]);
    const items = list.map((item) => (item === 'true' ? true : item === 'false' ? false : item));
    if (!items.every((item) => typeof item === 'boolean'))
        return wrongType(name, [list]);
    return apply(items);
}
function setFilter(name, first, others, keep) {
    if (!Array.isArray(first) || !others.every(Array.isArray))
        return wrongType(name, [first, ...others]);
    const inAll = (item) => others.every((set) => set.some((x) => same(x, item)));
    const inAny = (item) => others.some((set) => set.some((x) => same(x, item)));
    return distinct(first.filter((item) => (keep ? inAll(item) : !inAny(item))));
}
function numbers(name, args, apply) {
    const found = args.map(numberOf);
    if (found.length === 0 || found.some((n) => n === undefined))
        return wrongType(name, args);
    return apply(found);
}
function parseInteger(s, base) {
    if (typeof s !== 'string' || typeof base !== 'number' || base < 2 || base > 62)
        return wrongType('parseint', [s, base]);
    const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, base);
    const body = s.replace(/^[-+]/, '').toLowerCase();
    if (base > 36 || body === '' || [...body].some((c) => !digits.includes(c)))
        return failed('parseint', `cannot parse "${s}" in base ${base}`);
    const value = parseInt(body, base);
    return s.startsWith('-') ? -value : value;
}
function jsondecode(s) {
    if (typeof s !== 'string')
        return wrongType('jsondecode', [s]);
    if (bracketDepth(s) > MAX_JSON_NESTING)
        return new Unknown(`jsondecode() of JSON nested more than ${MAX_JSON_NESTING} deep`);
    try {
        return JSON.parse(s);
    }
    catch (error) {
        return failed('jsondecode', error.message);
    }
}
function tobool(value) {
    if (typeof value === 'boolean' || value === null)
        return value;
    if (value === 'true' || value === 'false')
        return value === 'true';
    return new Unknown(`tobool() cannot convert ${typeName(value)} ${JSON.stringify(value)}`, 'error');
}
/** The deepest bracket nesting, strings ignored (an overestimate is only more cautious). */
function bracketDepth(text) {
    let [depth, deepest] = [0, 0];
    for (const c of text) {
        if (c === '[' || c === '{')
            deepest = Math.max(deepest, ++depth);
        else if (c === ']' || c === '}')
            depth--;
    }
    return deepest;
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/regex-parse.ts
class RegexUnsupported extends Error {
}
const MAX_REPEAT = 1000;
const CLASSES = {
    d: (c) => c >= '0' && c <= '9',
    w: (c) => /^[0-9A-Za-z_]$/.test(c),
    s: (c) => c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r' || c === '\v',
};
const SIMPLE_ESCAPES = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v' };
function parseRegex(pattern) {
    const parser = new Parser([...pattern]);
    const node = parser.alternation({ i: false, m: false, s: false });
    if (parser.at < parser.chars.length)
        throw new RegexUnsupported(`unexpected ")" in ${pattern}`);
    return { node, groups: parser.groups };
}
class Parser {
    chars;
    at = 0;
    groups = [];
    constructor(chars) {
        this.chars = chars;
    }
    peek() {
        return this.chars[this.at];
    }
    eat(text) {
        const found = this.chars.slice(this.at, this.at + text.length).join('') === text;
        if (found)
            this.at += text.length;
        return found;
    }
    alternation(flags) {
        const items = [this.sequence(flags)];
        while (this.eat('|'))
            items.push(this.sequence(flags));
        return items.length === 1 ? items[0] : { t: 'alt', items };
    }
    sequence(flags) {
        const items = [];
        while (this.at < this.chars.length && this.peek() !== '|' && this.peek() !== ')') {
            const directive = this.flagSyntax();
            if (directive?.end === ')') {
                this.at += directive.length;
                Object.assign(flags, applyFlags(flags, directive.flags));
            }
            else
                items.push(this.quantified(this.atom(flags)));
        }
        return { t: 'cat', items };
    }
    /** `(?flags)` or `(?flags:` at the cursor. */
    flagSyntax() {
        const match = /^\(\?([ims-]+)([):])/.exec(this.chars.slice(this.at, this.at + 12).join(''));
        return match ? { flags: match[1], end: match[2], length: match[0].length } : undefined;
    }
    quantified(node) {
        const bounds = this.bounds();
        if (!bounds)
            return node;
        const greedy = !this.eat('?');
        if (this.peek() && '*+?'.includes(this.peek()))
            throw new RegexUnsupported('a nested repetition operator');
        return { t: 'rep', node, greedy, ...bounds };
    }
    bounds() {
        if (this.eat('*'))
            return { min: 0, max: Infinity };
        if (this.eat('+'))
            return { min: 1, max: Infinity };
        if (this.eat('?'))
            return { min: 0, max: 1 };
        const match = /^\{(\d+)(,(\d*))?\}/.exec(this.chars.slice(this.at, this.at + 12).join(''));
        if (!match)
            return undefined;
        this.at += match[0].length;
        const min = Number(match[1]);
        const max = match[2] === undefined ? min : match[3] ? Number(match[3]) : Infinity;
        if (min > MAX_REPEAT || (max !== Infinity && (max > MAX_REPEAT || max < min)))
            throw new RegexUnsupported(`invalid repeat count ${match[0]}`);
        return { min, max };
    }
    atom(flags) {
        const c = this.chars[this.at++];
        switch (c) {
            case undefined:
                throw new RegexUnsupported('the pattern ends too early');
            case '(':
                return this.group(flags);
            case '[':
                return regex_parse_char(this.characterClass(), flags);
            case '.':
                return { t: 'char', test: (x) => flags.s || x !== '\n' };
            case '^':
                return { t: 'assert', kind: flags.m ? 'bol' : 'begin' };
            case '$':
                return { t: 'assert', kind: flags.m ? 'eol' : 'end' };
            case '\\':
                return this.escapeAtom(flags);
            case '*':
            case '+':
            case '?':
                throw new RegexUnsupported(`missing argument to repetition operator ${c}`);
            default:
                return regex_parse_char((x) => x === c, flags);
        }
    }
    /** After "(": a capturing, named, non-capturing or flag-scoped group. */
    group(flags) {
        this.at--;
        const scoped = this.flagSyntax();
        this.at++;
        let name;
        let inner = { ...flags };
        let capture = true;
        if (scoped) {
            this.at += scoped.length - 1;
            inner = applyFlags(flags, scoped.flags);
            capture = false;
        }
        else if (this.eat('?:'))
            capture = false;
        else if (this.eat('?P<') || this.eat('?<'))
            name = this.groupName();
        else if (this.peek() === '?')
            throw new RegexUnsupported('an unsupported group syntax');
        const index = capture ? this.groups.push(name ?? '') : undefined;
        const node = this.alternation(inner);
        this.close();
        return { t: 'group', node, index };
    }
    groupName() {
        const end = this.chars.indexOf('>', this.at);
        const name = this.chars.slice(this.at, end).join('');
        if (end < 0 || !/^[A-Za-z_]\w*$/.test(name))
            throw new RegexUnsupported('an invalid group name');
        this.at = end + 1;
        return name;
    }
    close() {
        if (!this.eat(')'))
            throw new RegexUnsupported('a missing ")"');
    }
    escapeAtom(flags) {
        const c = this.chars[this.at];
        const kinds = { b: 'word', B: 'nonword', A: 'begin', z: 'end' };
        if (c && c in kinds) {
            this.at++;
            return { t: 'assert', kind: kinds[c] };
        }
        return regex_parse_char(this.escape(), flags);
    }
    /** An escape inside or outside a class, after the backslash. */
    escape() {
        const c = this.chars[this.at++];
        if (c === undefined)
            throw new RegexUnsupported('a trailing backslash');
        const lower = c.toLowerCase();
        if (lower in CLASSES) {
            const test = CLASSES[lower];
            return c === lower ? test : (x) => !test(x);
        }
        if (c in SIMPLE_ESCAPES)
            return (x) => x === SIMPLE_ESCAPES[c];
        if (c === 'x')
            return this.hexEscape();
        if (/[^0-9A-Za-z]/.test(c))
            return (x) => x === c;
        throw new RegexUnsupported(`the escape \\${c}`);
    }
    hexEscape() {
        const rest = this.chars.slice(this.at, this.at + 10).join('');
        const match = /^\{([0-9A-Fa-f]{1,6})\}|^([0-9A-Fa-f]{2})/.exec(rest);
        if (!match)
            throw new RegexUnsupported('an invalid \\x escape');
        this.at += match[0].length;
        const target = String.fromCodePoint(parseInt(match[1] ?? match[2], 16));
        return (x) => x === target;
    }
    characterClass() {
        const negated = this.eat('^');
        const tests = [];
        let first = true;
        while (first || this.peek() !== ']') {
            first = false;
            if (this.at >= this.chars.length)
                throw new RegexUnsupported('a missing "]"');
            if (this.eat('[:'))
                throw new RegexUnsupported('POSIX character classes');
            tests.push(this.classItem());
        }
        this.at++;
        return (c) => tests.some((test) => test(c)) !== negated;
    }
    classItem() {
        const low = this.classChar();
        if (typeof low !== 'string' || this.peek() !== '-' || this.chars[this.at + 1] === ']')
            return typeof low === 'string' ? (c) => c === low : low;
        this.at++;
        const high = this.classChar();
        if (typeof high !== 'string' || high < low)
            throw new RegexUnsupported('an invalid range');
        return (c) => c >= low && c <= high;
    }
    classChar() {
        const c = this.chars[this.at++];
        if (c !== '\\')
            return c;
        const next = this.chars[this.at];
        if (next && /[^0-9A-Za-z]/.test(next))
            return this.chars[this.at++];
        if (next && next in SIMPLE_ESCAPES)
            return SIMPLE_ESCAPES[this.chars[this.at++]];
        return this.escape();
    }
}
function applyFlags(flags, text) {
    const next = { ...flags };
    let on = true;
    for (const c of text) {
        if (c === '-')
            on = false;
        else
            next[c] = on;
    }
    return next;
}
function regex_parse_char(test, flags) {
    if (!flags.i)
        return { t: 'char', test };
    return { t: 'char', test: (c) => test(c) || test(c.toLowerCase()) || test(c.toUpperCase()) };
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/regex.ts


const MAX_PROGRAM = 4000;
/**
 * A compiled pattern run by a Pike VM: time linear in the input (RE2's guarantee, which Go's
 * regexp gives Terraform), so a hostile pattern cannot make evaluation backtrack for minutes.
 * Leftmost-first matching, as Go does.
 */
class Regex {
    pattern;
    groups;
    program = [];
    constructor(pattern) {
        this.pattern = pattern;
        const parsed = parseRegex(pattern);
        this.groups = parsed.groups;
        this.emit({ op: 'save', n: 0 });
        this.compile(parsed.node);
        this.emit({ op: 'save', n: 1 });
        this.emit({ op: 'match' });
    }
    /** Every non-overlapping match, as Go's FindAll does (an empty match right after one is skipped). */
    matchAll(text) {
        const input = [...text];
        const found = [];
        let lastEnd = -1;
        for (let from = 0; from <= input.length;) {
            const match = this.search(input, from);
            if (!match)
                break;
            if (match.end === match.start && match.start === lastEnd) {
                from = match.start + 1;
                continue;
            }
            found.push(match);
            lastEnd = match.end;
            from = match.end > match.start ? match.end : match.end + 1;
        }
        return found;
    }
    emit(inst) {
        if (this.program.length >= MAX_PROGRAM)
            throw new RegexUnsupported('a pattern this large');
        return this.program.push(inst) - 1;
    }
    compile(node) {
        switch (node.t) {
            case 'char':
                this.emit({ op: 'char', test: node.test });
                return;
            case 'assert':
                this.emit({ op: 'assert', kind: node.kind });
                return;
            case 'cat':
                for (const item of node.items)
                    this.compile(item);
                return;
            case 'group':
                if (node.index === undefined)
                    return this.compile(node.node);
                this.emit({ op: 'save', n: node.index * 2 });
                this.compile(node.node);
                this.emit({ op: 'save', n: node.index * 2 + 1 });
                return;
            case 'alt':
                return this.alternatives(node.items);
            case 'rep':
                return this.repeat(node);
        }
    }
    alternatives(items) {
        const jumps = [];
        items.forEach((item, at) => {
            if (at === items.length - 1)
                return this.compile(item);
            const split = this.emit({ op: 'split', x: 0, y: 0 });
            this.compile(item);
            jumps.push(this.emit({ op: 'jmp', x: 0 }));
            this.program[split] = { op: 'split', x: split + 1, y: this.program.length };
        });
        for (const jump of jumps)
            this.program[jump] = { op: 'jmp', x: this.program.length };
    }
    repeat({ node, min, max, greedy }) {
        for (let count = 0; count < min; count++)
            this.compile(node);
        if (max === Infinity) {
            const split = this.emit({ op: 'split', x: 0, y: 0 });
            this.compile(node);
            this.emit({ op: 'jmp', x: split });
            this.program[split] = this.branch(split + 1, this.program.length, greedy);
            return;
        }
        const splits = [];
        for (let count = min; count < max; count++) {
            splits.push(this.emit({ op: 'split', x: 0, y: 0 }));
            this.compile(node);
        }
        for (const split of splits)
            this.program[split] = this.branch(split + 1, this.program.length, greedy);
    }
    branch(body, out, greedy) {
        return greedy ? { op: 'split', x: body, y: out } : { op: 'split', x: out, y: body };
    }
    /** The leftmost-first match starting at or after `from`. */
    search(input, from) {
        const slots = (this.groups.length + 1) * 2;
        let threads = [];
        let seen = new Set();
        let matched;
        for (let at = from; at <= input.length; at++) {
            if (!matched)
                this.add(threads, seen, 0, at, input, new Array(slots).fill(-1));
            if (matched && threads.length === 0)
                break;
            const next = [];
            const nextSeen = new Set();
            for (const thread of threads) {
                const inst = this.program[thread.pc];
                if (inst.op === 'match') {
                    matched = thread.caps;
                    break;
                }
                if (inst.op === 'char' && at < input.length && inst.test(input[at]))
                    this.add(next, nextSeen, thread.pc + 1, at + 1, input, thread.caps);
            }
            [threads, seen] = [next, nextSeen];
        }
        return matched && this.result(input, matched);
    }
    /** Follows jumps, splits, saves and assertions from `pc` (in priority order) to char and match steps. */
    add(list, seen, pc, at, input, caps) {
        const stack = [{ pc, caps }];
        for (let item = stack.pop(); item; item = stack.pop()) {
            if (seen.has(item.pc))
                continue;
            seen.add(item.pc);
            const inst = this.program[item.pc];
            if (inst.op === 'jmp')
                stack.push({ pc: inst.x, caps: item.caps });
            else if (inst.op === 'split')
                stack.push({ pc: inst.y, caps: item.caps }, { pc: inst.x, caps: item.caps });
            else if (inst.op === 'save') {
                const copy = [...item.caps];
                copy[inst.n] = at;
                stack.push({ pc: item.pc + 1, caps: copy });
            }
            else if (inst.op === 'assert') {
                if (holds(inst.kind, input, at))
                    stack.push({ pc: item.pc + 1, caps: item.caps });
            }
            else
                list.push(item);
        }
    }
    result(input, caps) {
        const text = (start, end) => start < 0 || end < 0 ? null : input.slice(start, end).join('');
        const captures = this.groups.map((_, at) => text(caps[at * 2 + 2], caps[at * 2 + 3]));
        return { start: caps[0], end: caps[1], captures };
    }
}
function holds(kind, input, at) {
    const word = (c) => c !== undefined && /^[0-9A-Za-z_]$/.test(c);
    switch (kind) {
        case 'begin':
            return at === 0;
        case 'end':
            return at === input.length;
        case 'bol':
            return at === 0 || input[at - 1] === '\n';
        case 'eol':
            return at === input.length || input[at] === '\n';
        case 'word':
            return word(input[at - 1]) !== word(input[at]);
        case 'nonword':
            return word(input[at - 1]) === word(input[at]);
    }
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/functions-text.ts




/** Longer patterns or inputs are left unevaluated: paths are short, hostile input need not be. */
const REGEX_LIMITS = { pattern: 1_000, input: 20_000 };
const TEXT_FUNCTIONS = {
    dirname: ([path]) => functions_args_text(path, (p) => (p.includes('/') ? external_node_path_namespaceObject.posix.dirname(p) : '.')),
    basename: ([path]) => functions_args_text(path, (p) => external_node_path_namespaceObject.posix.basename(p)),
    abspath: ([path]) => functions_args_text(path, (p) => (external_node_path_namespaceObject.posix.isAbsolute(p) ? external_node_path_namespaceObject.posix.normalize(p) : unknownCwd())),
    lower: ([s]) => functions_args_text(s, (v) => v.toLowerCase()),
    upper: ([s]) => functions_args_text(s, (v) => v.toUpperCase()),
    title: ([s]) => functions_args_text(s, (v) => v.replace(/(^|[^\p{L}\p{N}])(\p{L})/gu, (_, a, b) => a + b.toUpperCase())),
    strrev: ([s]) => functions_args_text(s, (v) => [...v].reverse().join('')),
    trimspace: ([s]) => functions_args_text(s, (v) => v.trim()),
    chomp: ([s]) => functions_args_text(s, (v) => v.replace(/(\r?\n)+$/, '')),
    trim: ([s, cutset]) => texts([s, cutset], trim),
    trimprefix: ([s, prefix]) => texts([s, prefix], (v, p) => (v.startsWith(p) ? v.slice(p.length) : v)),
    trimsuffix: ([s, suffix]) => texts([s, suffix], (v, x) => (x && v.endsWith(x) ? v.slice(0, -x.length) : v)),
    startswith: ([s, prefix]) => texts([s, prefix], (v, p) => v.startsWith(p)),
    endswith: ([s, suffix]) => texts([s, suffix], (v, x) => v.endsWith(x)),
    strcontains: ([s, part]) => texts([s, part], (v, p) => v.includes(p)),
    replace: ([s, search, by]) => texts([s, search, by], replace),
    regex: ([pattern, s]) => texts([pattern, s], regex),
    regexall: ([pattern, s]) => texts([pattern, s], regexall),
    split: ([separator, s]) => texts([separator, s], (sep, v) => v.split(sep)),
    substr: ([s, offset, length]) => substr(s, offset, length),
    join: ([separator, ...lists]) => functions_text_join(separator, lists),
    format: ([spec, ...args]) => format(spec, args),
    formatlist: ([spec, ...args]) => formatlist(spec, args),
};
/** What the regex functions cost, in evaluation steps (a Pike VM: pattern times input). */
function regexCost(name, args) {
    const [a, b] = name === 'replace' ? [args[1], args[0]] : [args[0], args[1]];
    const size = (value) => (typeof value === 'string' ? value.length : 0);
    return Math.ceil(((size(a) + 1) * (size(b) + 1)) / 64);
}
function unknownCwd() {
    return new Unknown('abspath() of a relative path depends on the working directory');
}
function trim(s, cutset) {
    const cut = new Set(cutset);
    const chars = [...s];
    let [start, end] = [0, chars.length];
    while (start < end && cut.has(chars[start]))
        start++;
    while (end > start && cut.has(chars[end - 1]))
        end--;
    return chars.slice(start, end).join('');
}
function compiled(name, pattern, input) {
    if (pattern.length > REGEX_LIMITS.pattern || input.length > REGEX_LIMITS.input)
        return new Unknown(`${name}() on a pattern or string this long is not evaluated`);
    try {
        return new Regex(pattern);
    }
    catch (error) {
        if (!(error instanceof RegexUnsupported))
            throw error;
        return new Unknown(`${name}() with ${error.message} is not evaluated by change detection`);
    }
}
/** Terraform's result shape: the match, a list of captures, or a map of named captures. */
function shaped(re, match, input) {
    const named = re.groups.filter((name) => name !== '');
    if (re.groups.length === 0)
        return [...input].slice(match.start, match.end).join('');
    if (named.length === 0)
        return match.captures;
    if (named.length !== re.groups.length)
        return failed('regex', 'cannot mix both named and unnamed capture groups');
    const result = {};
    re.groups.forEach((name, at) => (result[name] = match.captures[at]));
    return result;
}
function regex(pattern, input) {
    const re = compiled('regex', pattern, input);
    if (re instanceof Unknown)
        return re;
    const [match] = re.matchAll(input);
    return match
        ? shaped(re, match, input)
        : failed('regex', 'pattern did not match any part of the given string');
}
function regexall(pattern, input) {
    const re = compiled('regexall', pattern, input);
    if (re instanceof Unknown)
        return re;
    const results = re.matchAll(input).map((match) => shaped(re, match, input));
    return firstUnknown(results) ?? results;
}
/** A /regex/ search replaces with Go's template ($1, ${name}); a plain one literally. */
function replace(s, search, by) {
    if (!(search.length > 1 && search.startsWith('/') && search.endsWith('/')))
        return s.split(search).join(by);
    const re = compiled('replace', search.slice(1, -1), s);
    if (re instanceof Unknown)
        return re;
    const chars = [...s];
    let out = '';
    let last = 0;
    for (const match of re.matchAll(s)) {
        out += chars.slice(last, match.start).join('') + expand(re, match, chars, by);
        last = match.end;
    }
    return out + chars.slice(last).join('');
}
/** Go's Regexp.Expand: $1, ${1}, $name, ${name}, $$; an unknown group is empty. */
function expand(re, match, chars, template) {
    return template.replace(/\$(\$|\{(\w+)\}|(\w+))/g, (whole, _all, braced, bare) => {
        if (whole === '$$')
            return '$';
        const name = (braced ?? bare);
        if (/^\d+$/.test(name)) {
            const at = Number(name);
            if (at === 0)
                return chars.slice(match.start, match.end).join('');
            return match.captures[at - 1] ?? '';
        }
        const at = re.groups.indexOf(name);
        return at < 0 ? '' : (match.captures[at] ?? '');
    });
}
function substr(s, offset, length) {
    if (typeof s !== 'string' || typeof offset !== 'number' || typeof length !== 'number') {
        return wrongType('substr', [s, offset, length]);
    }
    const chars = [...s];
    const start = offset < 0 ? chars.length + offset : offset;
    return chars.slice(start, length < 0 ? undefined : start + length).join('');
}
function functions_text_join(separator, lists) {
    const items = lists.every(Array.isArray) ? lists.flat() : undefined;
    if (typeof separator !== 'string' || !items)
        return wrongType('join', [separator, ...lists]);
    const strings = items.map(toText);
    return firstUnknown(strings) ?? strings.join(separator);
}
function format(spec, args) {
    if (typeof spec !== 'string')
        return wrongType('format', [spec]);
    let next = 0;
    let failure;
    const out = spec.replace(/%(%|[sdvq])/g, (_, verb) => {
        if (verb === '%')
            return '%';
        const arg = args[next++] ?? null;
        const shown = verb === 'v' && typeof arg !== 'string' ? JSON.stringify(arg) : toText(arg);
        if (isUnknown(shown))
            failure ??= shown;
        return isUnknown(shown) ? '' : verb === 'q' ? JSON.stringify(shown) : shown;
    });
    if (/%[^%sdvq]/.test(spec.replace(/%%/g, '')))
        return new Unknown(`format("${spec}") uses an unsupported verb`);
    return failure ?? out;
}
/** format() per element; list arguments must share a length, others repeat. */
function formatlist(spec, args) {
    const lengths = new Set(args.filter(Array.isArray).map((list) => list.length));
    if (lengths.size > 1)
        return failed('formatlist', 'the lists differ in length');
    const count = lengths.size ? [...lengths][0] : 1;
    const rows = Array.from({ length: count }, (_, at) => format(spec, args.map((arg) => (Array.isArray(arg) ? arg[at] : arg))));
    return firstUnknown(rows) ?? rows;
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/functions.ts



/** Functions whose result we compute when every argument is known. */
const STRICT = {
    ...TEXT_FUNCTIONS,
    ...COLLECTION_FUNCTIONS,
    get_terraform_commands_that_need_vars: () => [
        'apply',
        'console',
        'destroy',
        'import',
        'plan',
        'push',
        'refresh',
    ],
    get_terraform_commands_that_need_locking: () => [
        'apply',
        'destroy',
        'import',
        'plan',
        'refresh',
        'taint',
        'untaint',
    ],
    get_terraform_commands_that_need_input: () => ['apply', 'import', 'init', 'plan', 'refresh'],
    get_terraform_commands_that_need_parallelism: () => ['apply', 'plan', 'destroy'],
};
/** Functions that decide for themselves what an unknown argument means. */
const LENIENT = {
    try: (args) => args.find((arg) => !(isUnknown(arg) && arg.kind === 'error')) ?? args[args.length - 1],
    can: ([value]) => (isUnknown(value) ? (value.kind === 'error' ? false : value) : true),
    coalesce: (args) => args.find((arg) => arg !== null && arg !== '') ?? new Unknown('coalesce: no value', 'error'),
};
const REGEX_FUNCTIONS = new Set(['regex', 'regexall', 'replace']);
/** The builtin's result, or undefined when the function is not one we evaluate. */
function callBuiltin(name, args) {
    const lenient = LENIENT[name];
    if (lenient)
        return args.length ? lenient(args) : new Unknown(`${name}() needs arguments`, 'error');
    const strict = STRICT[name];
    if (!strict)
        return undefined;
    return firstUnknown(args) ?? strict(args);
}
/** Evaluation steps a builtin call costs beyond its node: the regex engine's pattern x input. */
function builtinCost(name, args) {
    return REGEX_FUNCTIONS.has(name) ? regexCost(name, args) : 0;
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/expr-eval.ts


const NONE = new Map();
/**
 * Evaluates an expression. Every sub-expression is evaluated, both arms of a conditional and
 * the body of a for over an unknown collection included, so that every call that reads a file
 * runs (and is recorded or reported) even when its result is not needed.
 */
async function evaluate(node, scope, bindings = NONE) {
    const refused = scope.budget?.spend();
    if (refused)
        return refused;
    const value = await evaluateNode(node, scope, bindings);
    return scope.budget?.tooLarge(value) ?? value;
}
async function evaluateNode(node, scope, bindings) {
    const run = (child, inner = bindings) => evaluate(child, scope, inner);
    switch (node.t) {
        case 'lit':
            return node.value;
        case 'tpl':
            return template(node, scope, bindings);
        case 'var':
            return bindings.has(node.name)
                ? bindings.get(node.name)
                : scope.lookup(node.name, undefined);
        case 'attr':
            if (node.of.t === 'var' && !bindings.has(node.of.name))
                return scope.lookup(node.of.name, node.name);
            return attribute(await run(node.of), node.name);
        case 'index':
            return index(await run(node.of), await run(node.key));
        case 'splat':
            return splat(await run(node.of), node.steps, run);
        case 'call':
            return call(node, scope, await evaluateAll(node.args, run));
        case 'tuple':
            return evaluateAll(node.items, run);
        case 'object':
            return object(node.entries, run);
        case 'for':
            return forExpression(node, run, bindings, scope.budget);
        case 'cond':
            return conditional(await run(node.test), await run(node.yes), await run(node.no));
        case 'op':
            return operate(node.op, await evaluateAll(node.args, run));
        case 'directive':
            await evaluateAll(node.exprs, run);
            return new Unknown('template directive');
    }
}
async function evaluateAll(nodes, run) {
    const values = [];
    for (const node of nodes)
        values.push(await run(node));
    return values;
}
async function template(node, scope, bindings) {
    const inner = new Map(bindings);
    for (const part of node.parts) {
        if (typeof part !== 'string' && part.t === 'directive') {
            for (const name of part.names)
                inner.set(name, new Unknown('template loop variable'));
        }
    }
    const values = [];
    for (const part of node.parts) {
        values.push(typeof part === 'string' ? part : await evaluate(part, scope, inner));
    }
    if (node.directive)
        return new Unknown('template directive (%{...})');
    if (values.length === 1 && typeof node.parts[0] !== 'string')
        return values[0];
    let text = '';
    for (const value of values) {
        const piece = toText(value);
        if (isUnknown(piece))
            return new Unknown(piece.reason, piece.kind, text + piece.prefix);
        text += piece;
    }
    return text;
}
function attribute(value, name) {
    if (isUnknown(value))
        return value;
    if (isMap(value) && Object.hasOwn(value, name))
        return value[name];
    return new Unknown(`a ${typeName(value)} has no attribute "${name}"`, 'error');
}
function index(collection, key) {
    if (isUnknown(collection))
        return collection;
    if (isUnknown(key))
        return key;
    if (Array.isArray(collection) && typeof key === 'number' && key in collection)
        return collection[key];
    if (isMap(collection) && typeof key === 'string')
        return attribute(collection, key);
    return new Unknown(`cannot index a ${typeName(collection)} with ${JSON.stringify(key)}`, 'error');
}
async function splat(value, steps, run) {
    const keys = [];
    for (const step of steps)
        keys.push(typeof step === 'string' ? step : await run(step));
    if (isUnknown(value))
        return value;
    const items = Array.isArray(value) ? value : value === null ? [] : [value];
    return items.map((item) => keys.reduce((current, key) => index(current, key), item));
}
async function call(node, scope, given) {
    let args = given;
    if (node.expand) {
        const last = args[args.length - 1];
        if (last === undefined || isUnknown(last))
            return last ?? new Unknown('nothing to expand', 'error');
        if (!Array.isArray(last))
            return new Unknown(`cannot expand a ${typeName(last)} with ...`, 'error');
        args = [...args.slice(0, -1), ...last];
    }
    const contextual = await scope.call(node.name, args, node);
    if (contextual !== undefined)
        return contextual;
    const refused = scope.budget?.spend(builtinCost(node.name, args));
    if (refused)
        return refused;
    return (callBuiltin(node.name, args) ??
        new Unknown(`function ${node.name}() is not evaluated by change detection`));
}
async function object(entries, run) {
    const result = {};
    let unknown;
    for (const entry of entries) {
        const key = toText(await run(entry.key));
        const value = await run(entry.value);
        if (isUnknown(key))
            unknown ??= key;
        else
            result[key] = value;
    }
    return unknown ?? result;
}
async function forExpression(node, run, outer, budget) {
    const collection = await run(node.collection);
    if (isUnknown(collection)) {
        await forBody(node, run, bind(outer, node, collection, collection));
        return collection;
    }
    if (!Array.isArray(collection) && !isMap(collection)) {
        return new Unknown(`cannot iterate over a ${typeName(collection)}`, 'error');
    }
    const pairs = Array.isArray(collection)
        ? collection.map((item, position) => [position, item])
        : Object.entries(collection);
    const results = [];
    for (const [key, value] of pairs) {
        const refused = budget?.exhausted && budget.spend();
        if (refused)
            return refused;
        const body = await forBody(node, run, bind(outer, node, key, value));
        if (body)
            results.push(body);
    }
    return node.keyExpr ? collect(results, node.grouped) : results.map((result) => result.value);
}
function bind(outer, node, key, value) {
    const inner = new Map(outer);
    if (node.keyVar)
        inner.set(node.keyVar, key);
    inner.set(node.valueVar, value);
    return inner;
}
async function forBody(node, run, inner) {
    const keep = node.condition ? await run(node.condition, inner) : true;
    const key = node.keyExpr ? await run(node.keyExpr, inner) : undefined;
    const value = await run(node.valueExpr, inner);
    if (keep === false)
        return undefined;
    return { key: isUnknown(keep) ? keep : key, value };
}
function collect(results, grouped) {
    const map = {};
    for (const { key, value } of results) {
        const name = toText(key ?? null);
        if (isUnknown(name))
            return name;
        map[name] = grouped ? [...(map[name] ?? []), value] : value;
    }
    return map;
}
function conditional(test, yes, no) {
    if (test === true)
        return yes;
    if (test === false)
        return no;
    if (isUnknown(test))
        return JSON.stringify(yes) === JSON.stringify(no) && !isUnknown(yes) ? yes : test;
    return new Unknown(`a condition must be a bool, not a ${typeName(test)}`, 'error');
}
function operate(op, args) {
    const [left, right] = args;
    if (op === '&&' && (left === false || right === false))
        return false;
    if (op === '||' && (left === true || right === true))
        return true;
    const unknown = firstUnknown(args);
    if (unknown)
        return unknown;
    if (op === '==')
        return JSON.stringify(left) === JSON.stringify(right);
    if (op === '!=')
        return JSON.stringify(left) !== JSON.stringify(right);
    if (op === '!' || op === '&&' || op === '||')
        return logic(op, left, right);
    const numbers = args.map((arg) => typeof arg === 'string' && arg.trim() !== '' ? Number(arg) : arg);
    if (numbers.some((arg) => typeof arg !== 'number' || Number.isNaN(arg))) {
        return new Unknown(`operator ${op} needs numbers`, 'error');
    }
    const [a, b] = numbers;
    const results = {
        neg: () => -a,
        '+': () => a + b,
        '-': () => a - b,
        '*': () => a * b,
        '/': () => a / b,
        '%': () => a % b,
        '<': () => a < b,
        '>': () => a > b,
        '<=': () => a <= b,
        '>=': () => a >= b,
    };
    return results[op]?.() ?? new Unknown(`unknown operator ${op}`, 'error');
}
function logic(op, left, right) {
    if (typeof left !== 'boolean' || (op !== '!' && typeof right !== 'boolean')) {
        return new Unknown(`operator ${op} needs bools`, 'error');
    }
    if (op === '!')
        return !left;
    return op === '&&' ? left && right : left || right;
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/expr-ast.ts
class ExprSyntaxError extends Error {
    constructor(message, source, at) {
        const near = source.slice(Math.max(0, at - 20), at + 20).replace(/\s+/g, ' ');
        super(`${message} at offset ${at} (near "${near}")`);
        this.name = 'ExprSyntaxError';
    }
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/expr-cursor.ts

/** The scanning primitives of the expression parser: a position over the source text. */
class Cursor {
    src;
    pos = 0;
    constructor(src) {
        this.src = src;
    }
    fail(message) {
        throw new ExprSyntaxError(message, this.src, this.pos);
    }
    identifier() {
        return this.match(/[A-Za-z_][A-Za-z0-9_-]*/y) ?? this.fail('expected an identifier');
    }
    atKeyword(word) {
        this.space();
        return this.at(word) && !/[A-Za-z0-9_-]/.test(this.src[this.pos + word.length] ?? '');
    }
    space() {
        this.match(/(?:\s+|#[^\n]*|\/\/[^\n]*|\/\*[\s\S]*?\*\/)+/y);
    }
    /** Consumes and returns the text the sticky `pattern` matches at the cursor. */
    match(pattern) {
        pattern.lastIndex = this.pos;
        const found = pattern.exec(this.src)?.[0];
        if (found !== undefined)
            this.pos += found.length;
        return found;
    }
    at(token) {
        return this.src.startsWith(token, this.pos);
    }
    eat(token) {
        if (!this.at(token))
            return false;
        if (token === '=' && /[=>]/.test(this.src[this.pos + 1] ?? ''))
            return false;
        this.pos += token.length;
        return true;
    }
    expect(token) {
        if (!this.eat(token))
            this.fail(`expected ${token}`);
    }
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/expr-text.ts
const expr_text_SIMPLE_ESCAPES = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
/** Reads the backslash escape of a quoted HCL string at `at`: \n \r \t \" \\ \uNNNN \UNNNNNNNN. */
function readQuotedEscape(src, at) {
    const letter = src[at + 1] ?? '';
    const simple = expr_text_SIMPLE_ESCAPES[letter];
    if (simple !== undefined)
        return { text: simple, next: at + 2 };
    const width = letter === 'u' ? 4 : letter === 'U' ? 8 : 0;
    const hex = src.slice(at + 2, at + 2 + width);
    if (!width || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width)
        return undefined;
    return { text: String.fromCodePoint(parseInt(hex, 16)), next: at + 2 + width };
}
/** `<<-` heredocs drop the indentation common to every non-blank line. */
function dedentHeredoc(body) {
    const lines = body.split('\n');
    const indents = lines
        .filter((line) => line.trim() !== '')
        .map((line) => /^[ \t]*/.exec(line)[0].length);
    const strip = indents.length ? Math.min(...indents) : 0;
    return lines
        .map((line) => line.slice(Math.min(strip, /^[ \t]*/.exec(line)[0].length)))
        .join('\n');
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/expr-parse.ts


const MAX_NESTING = 100;
const BINARY_LEVELS = [
    ['||'],
    ['&&'],
    ['==', '!='],
    ['<=', '>=', '<', '>'],
    ['+', '-'],
    ['*', '/', '%'],
];
/**
 * A recursive-descent parser over hcl2json's output: attribute values arrive as JSON-form
 * templates ("text ${expr} text", only $${ and %%{ escaped) whose interpolations hold native
 * HCL expression source (quoted strings with escapes, heredocs, comments, newlines).
 */
class expr_parse_Parser extends Cursor {
    template(end) {
        const parts = [];
        let text = '';
        let directive = false;
        const flush = () => {
            if (text)
                parts.push(text);
            text = '';
        };
        for (;;) {
            if (this.pos >= this.src.length) {
                if (end === 'quote')
                    this.fail('unterminated string');
                break;
            }
            if (end === 'quote' && this.eat('"'))
                break;
            if (this.at('$${') || this.at('%%{')) {
                text += this.src[this.pos] + '{';
                this.pos += 3;
            }
            else if (this.eat('${')) {
                flush();
                parts.push(this.interpolation());
            }
            else if (this.eat('%{')) {
                flush();
                parts.push(this.directive());
                directive = true;
            }
            else if (end === 'quote' && this.src[this.pos] === '\\') {
                const escape = readQuotedEscape(this.src, this.pos);
                if (!escape)
                    this.fail('invalid escape sequence');
                text += escape.text;
                this.pos = escape.next;
            }
            else {
                text += this.src[this.pos];
                this.pos += 1;
            }
        }
        flush();
        return { t: 'tpl', parts, directive };
    }
    interpolation() {
        this.eat('~');
        const expr = this.expression();
        this.space();
        this.eat('~');
        this.expect('}');
        return expr;
    }
    directive() {
        this.space();
        this.eat('~');
        this.space();
        const word = this.identifier();
        const node = { t: 'directive', exprs: [], names: [] };
        if (word === 'if')
            node.exprs.push(this.expression());
        if (word === 'for') {
            node.names.push(...this.forVariables());
            node.exprs.push(this.expression());
        }
        if (!['if', 'else', 'endif', 'for', 'endfor'].includes(word))
            this.fail(`unknown %{${word}}`);
        this.space();
        this.eat('~');
        this.expect('}');
        return node;
    }
    /** Nesting is bounded: parsing and evaluating recurse, and hostile input must not overflow the stack. */
    depth = 0;
    expression() {
        if (++this.depth > MAX_NESTING)
            this.fail(`expression nested more than ${MAX_NESTING} deep`);
        try {
            return this.conditional();
        }
        finally {
            this.depth--;
        }
    }
    conditional() {
        const test = this.binary(0);
        this.space();
        if (!this.eat('?'))
            return test;
        const yes = this.expression();
        this.space();
        this.expect(':');
        return { t: 'cond', test, yes, no: this.expression() };
    }
    binary(level) {
        if (level === BINARY_LEVELS.length)
            return this.unary();
        let left = this.binary(level + 1);
        for (;;) {
            this.space();
            const op = BINARY_LEVELS[level].find((candidate) => this.isOperator(candidate));
            if (!op)
                return left;
            this.pos += op.length;
            left = { t: 'op', op, args: [left, this.binary(level + 1)] };
        }
    }
    isOperator(op) {
        if (!this.at(op))
            return false;
        const next = this.src[this.pos + op.length];
        if ((op === '<' || op === '>') && next === '=')
            return false;
        if (op === '<' && next === '<')
            return false;
        return !(op === '/' && (next === '/' || next === '*'));
    }
    unary() {
        this.space();
        const op = this.src[this.pos];
        if (op === '!' || op === '-') {
            this.pos += 1;
            if (++this.depth > MAX_NESTING)
                this.fail(`expression nested more than ${MAX_NESTING} deep`);
            const node = { t: 'op', op: op === '-' ? 'neg' : '!', args: [this.unary()] };
            this.depth--;
            return node;
        }
        return this.postfix(this.primary());
    }
    postfix(start) {
        let node = start;
        for (;;) {
            this.space();
            if (this.at('[*]') || this.at('.*')) {
                this.pos += this.src[this.pos] === '[' ? 3 : 2;
                return { t: 'splat', of: node, steps: this.splatSteps() };
            }
            const step = this.step();
            if (step === undefined)
                return node;
            node =
                typeof step === 'string'
                    ? { t: 'attr', of: node, name: step }
                    : { t: 'index', of: node, key: step };
        }
    }
    /** One `.name`, `.0` or `[key]` traversal step, or undefined. */
    step() {
        if (this.at('...'))
            return undefined;
        if (this.eat('.')) {
            const digits = this.match(/\d+/y);
            return digits === undefined ? this.identifier() : { t: 'lit', value: Number(digits) };
        }
        if (!this.eat('['))
            return undefined;
        const key = this.expression();
        this.space();
        this.expect(']');
        return key;
    }
    splatSteps() {
        const steps = [];
        for (let step = this.step(); step !== undefined; step = this.step())
            steps.push(step);
        return steps;
    }
    primary() {
        this.space();
        const c = this.src[this.pos];
        if (c === undefined)
            this.fail('expected an expression');
        if (c === '"') {
            this.pos += 1;
            return this.template('quote');
        }
        if (c === '(') {
            this.pos += 1;
            const inner = this.expression();
            this.space();
            this.expect(')');
            return inner;
        }
        if (c === '[')
            return this.tupleOrFor();
        if (c === '{')
            return this.objectOrFor();
        if (this.at('<<'))
            return this.heredoc();
        if (/[0-9]/.test(c))
            return this.number();
        return this.identOrCall();
    }
    number() {
        return { t: 'lit', value: Number(this.match(/\d+(\.\d+)?([eE][+-]?\d+)?/y)) };
    }
    identOrCall() {
        let name = this.identifier();
        while (this.eat('::'))
            name += `::${this.identifier()}`;
        if (name === 'true' || name === 'false')
            return { t: 'lit', value: name === 'true' };
        if (name === 'null')
            return { t: 'lit', value: null };
        if (this.src[this.pos] !== '(')
            return { t: 'var', name };
        this.pos += 1;
        const args = [];
        let expand = false;
        for (this.space(); !this.eat(')'); this.space()) {
            args.push(this.expression());
            this.space();
            if (this.eat('...'))
                expand = true;
            this.space();
            if (!this.eat(',') && this.src[this.pos] !== ')')
                this.fail('expected , or )');
        }
        return { t: 'call', name, args, expand };
    }
    tupleOrFor() {
        this.pos += 1;
        if (this.atKeyword('for'))
            return this.forExpr(']');
        const items = [];
        for (this.space(); !this.eat(']'); this.space()) {
            items.push(this.expression());
            this.space();
            this.eat(',');
        }
        return { t: 'tuple', items };
    }
    objectOrFor() {
        this.pos += 1;
        if (this.atKeyword('for'))
            return this.forExpr('}');
        const entries = [];
        for (this.space(); !this.eat('}'); this.space()) {
            const raw = this.expression();
            const key = raw.t === 'var' ? { t: 'lit', value: raw.name } : raw;
            this.space();
            if (!this.eat('=') && !this.eat(':'))
                this.fail('expected = or : in object');
            entries.push({ key, value: this.expression() });
            this.space();
            this.eat(',');
        }
        return { t: 'object', entries };
    }
    forExpr(close) {
        this.pos += 3;
        const [first, second] = this.forVariables();
        const node = {
            t: 'for',
            valueVar: second ?? first,
            collection: this.expression(),
            valueExpr: { t: 'lit', value: null },
            grouped: false,
        };
        if (second !== undefined)
            node.keyVar = first;
        this.space();
        this.expect(':');
        node.valueExpr = this.expression();
        if (close === '}') {
            this.space();
            this.expect('=>');
            [node.keyExpr, node.valueExpr] = [node.valueExpr, this.expression()];
            this.space();
            node.grouped = this.eat('...');
        }
        if (this.atKeyword('if')) {
            this.pos += 2;
            node.condition = this.expression();
        }
        this.space();
        this.expect(close);
        return node;
    }
    /** `a in` or `k, v in`, consuming the `in`. */
    forVariables() {
        this.space();
        const names = [this.identifier()];
        this.space();
        if (this.eat(',')) {
            this.space();
            names.push(this.identifier());
        }
        if (!this.atKeyword('in'))
            this.fail('expected "in"');
        this.pos += 2;
        return names;
    }
    heredoc() {
        const head = /<<(-?)([A-Za-z_][A-Za-z0-9_-]*)\r?\n/y;
        head.lastIndex = this.pos;
        const [opener, indent, word] = head.exec(this.src) ?? this.fail('invalid heredoc');
        const bodyStart = this.pos + opener.length;
        const closer = new RegExp(`^[ \\t]*${word}[ \\t]*$`, 'gm');
        closer.lastIndex = bodyStart;
        const close = closer.exec(this.src) ?? this.fail(`heredoc ${word} is not closed`);
        const raw = this.src.slice(bodyStart, close.index);
        this.pos = close.index + close[0].length;
        return new expr_parse_Parser(indent ? dedentHeredoc(raw) : raw).template('eof');
    }
}
const cache = new Map();
/** Parses an attribute value string from hcl2json (a JSON-form template). Throws ExprSyntaxError. */
function parseTemplate(text) {
    let node = cache.get(text);
    if (!node) {
        node = new expr_parse_Parser(text).template('eof');
        if (cache.size > 50_000)
            cache.clear();
        cache.set(text, node);
    }
    return node;
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/json-eval.ts



/** Evaluates a value from hcl2json: strings are templates, collections recurse, keys may be templates. */
async function evaluateJson(raw, scope, onSyntaxError) {
    if (typeof raw === 'string')
        return raw.includes('{') ? expression(raw, scope, onSyntaxError) : raw;
    if (Array.isArray(raw)) {
        const items = [];
        for (const item of raw)
            items.push(await evaluateJson(item, scope, onSyntaxError));
        return items;
    }
    if (raw === null || typeof raw !== 'object')
        return raw;
    const result = {};
    for (const [key, value] of Object.entries(raw)) {
        const name = key.includes('${') ? await expression(key, scope, onSyntaxError) : key;
        result[typeof name === 'string' ? name : key] = await evaluateJson(value, scope, onSyntaxError);
    }
    return result;
}
async function expression(text, scope, onSyntaxError) {
    try {
        return await evaluate(parseTemplate(text), scope);
    }
    catch (error) {
        if (error instanceof ExprSyntaxError)
            return onSyntaxError(text, error);
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/config-scope.ts







const OPAQUE_ROOTS = new Set(['dependency', 'unit', 'stack', 'var', 'terraform']);
const REFERENCE_CALL = /\b(file\w*|templatefile|fileset|read_\w+|sops_decrypt_file|mark_(glob_)?as_read|find_in_parent_folders)\s*\(/;
/** Variables and context functions of one Terragrunt config file. */
class ConfigScope {
    file;
    ctx;
    files;
    rec;
    raw;
    functions;
    /** The file's child includes (label -> included file and its evaluated body). */
    includes = new Map();
    /** The configs it includes, once evaluated (their feature blocks count here). */
    included = [];
    locals = new Map();
    features = new Map();
    evaluating = new Set();
    localBodies;
    constructor(file, ctx, files, rec, raw, functions) {
        this.file = file;
        this.ctx = ctx;
        this.files = files;
        this.rec = rec;
        this.raw = raw;
        this.functions = functions;
    }
    get budget() {
        return this.ctx.root.budget;
    }
    async lookup(root, attr) {
        if (root === 'local' && attr !== undefined)
            return this.local(attr);
        if (root === 'include' && attr !== undefined)
            return this.include(attr);
        if (root === 'feature' && attr !== undefined)
            return this.feature(attr);
        if (root === 'values')
            return this.values(attr);
        if ((root === 'unit' || root === 'stack') && this.ctx.stack && attr !== undefined)
            return this.component(root, attr);
        if (OPAQUE_ROOTS.has(root))
            return new Unknown(`${root}.${attr ?? ''} is only known at run time`);
        return new Unknown(`unknown variable ${root}${attr ? `.${attr}` : ''}`, 'error');
    }
    async local(name) {
        if (this.locals.has(name))
            return this.locals.get(name);
        const raw = this.rawLocals();
        if (!Object.hasOwn(raw, name))
            return new Unknown(`no local "${name}" in ${this.file}`, 'error');
        if (this.evaluating.has(name))
            return new Unknown(`local "${name}" refers to itself`, 'error');
        this.evaluating.add(name);
        const value = await this.json(raw[name]);
        this.evaluating.delete(name);
        this.locals.set(name, value);
        return value;
    }
    async allLocals() {
        const result = {};
        for (const name of Object.keys(this.rawLocals()))
            result[name] = await this.local(name);
        return result;
    }
    rawLocals() {
        this.localBodies ??= Object.assign({}, ...blockBodies(this.raw.locals).map((block) => block.body));
        return this.localBodies;
    }
    /** `include.<name>`; a lone bare include is exposed as `include` itself, as Terragrunt does. */
    include(attr) {
        const bare = this.includes.size === 1 ? this.includes.get('') : undefined;
        if (bare)
            return bare.body ? attribute(bare.body, attr) : unavailable('the bare include');
        return this.includes.get(attr)?.body ?? unavailable(`include "${attr}"`);
    }
    /**
     * `feature.<name>`: the default of the outermost feature block with that name (a unit's
     * block overrides its includes'). A --feature flag at run time is not visible here.
     */
    async feature(name) {
        for (const scope of [...this.ctx.outer, this]) {
            if (!scope.ownFeature(name))
                continue;
            if (scope.ctx.root !== this.ctx.root)
                this.ctx.root.usesUnit = true;
            return { name, value: await scope.featureDefault(name) };
        }
        const inherited = includedFeature(this.included, name);
        if (inherited !== undefined)
            return { name, value: inherited };
        return new Unknown(`no feature "${name}" block for ${this.file}`, 'error');
    }
    ownFeature(name) {
        return blockBodies(this.raw.feature).find((block) => block.label === name)?.body;
    }
    async featureDefault(name) {
        if (!this.features.has(name))
            this.features.set(name, await this.json(this.ownFeature(name).default ?? null));
        return this.features.get(name);
    }
    async values(attr) {
        if (!this.ctx.values)
            return new Unknown(`values are only set for units and stacks a stack generates`, 'error');
        if (this.ctx.shared)
            this.ctx.root.usesUnit = true;
        const all = await this.ctx.values();
        return attr === undefined ? all : attribute(all, attr);
    }
    /** In a stack file, `unit.<name>.path` is where that unit is generated. */
    async component(kind, name) {
        const block = blockBodies(this.raw[kind]).find((found) => found.label === name)?.body;
        if (!block)
            return new Unknown(`no ${kind} "${name}" in ${this.file}`, 'error');
        const path = toText(await this.json(block.path ?? null));
        if (isUnknown(path))
            return path;
        const noStack = (await this.json(block.no_dot_terragrunt_stack ?? false)) === true;
        const dir = generatedDir(this.ctx.terragruntDir, path, noStack);
        if (dir === undefined)
            return new Unknown(`${kind} "${name}" path ${path} leaves the stack`, 'error');
        return { name, path: toVirtual(dir) };
    }
    async call(name, args, _node) {
        if (FILE_FUNCTIONS.has(name)) {
            return callFileFunction(name, args, {
                files: this.files,
                baseDir: dirOf(this.file),
                record: (file, hop) => this.rec.ref(file, hop),
                unresolved: (call, reason) => this.unresolved(call, reason),
            });
        }
        return this.functions.call(name, args, this);
    }
    /** Evaluates a value from hcl2json in this scope. */
    json(raw) {
        return evaluateJson(raw, this, (text, error) => {
            // Our parser is narrower than HashiCorp's: fail closed only where the text could read a file.
            if (REFERENCE_CALL.test(text)) {
                this.rec.issue(this.file, `cannot parse the expression ${JSON.stringify(text)} in ${this.file}: ${error.message}`);
            }
            return new Unknown(`unparsable expression (${error.message})`, 'error');
        });
    }
    /** Reports a path that matters but could not be computed; the unit fails closed. */
    unresolved(what, reason) {
        this.rec.issue(this.file, `${what} in ${this.file} could not be evaluated: ${reason}. ${FIX_HINT}`);
    }
    /** A path-producing value, or undefined after reporting why it is not a string. */
    requirePath(value, what) {
        if (typeof value === 'string')
            return value;
        if (isUnknown(value))
            this.unresolved(what, value.reason);
        else
            this.unresolved(what, `expected a string, got ${JSON.stringify(value)}`);
        return undefined;
    }
    /** The include a path_relative_*()/get_parent_terragrunt_dir() call refers to. */
    selectedInclude(args) {
        if (this.ctx.includedAs)
            return this.ctx.includedAs.file;
        const name = args[0];
        if (isUnknown(name ?? null))
            return name;
        if (typeof name === 'string') {
            return (this.includes.get(name)?.file ??
                new Unknown(`no include "${name}" in ${this.file}`, 'error'));
        }
        const all = [...this.includes.values()];
        if (all.length > 1)
            return new Unknown(`${this.file} has several includes: name the one you mean`, 'error');
        return all[0]?.file;
    }
    virtualDir() {
        return toVirtual(this.ctx.terragruntDir);
    }
    relativeToInclude(args, reverse) {
        const include = this.selectedInclude(args);
        if (isUnknown(include ?? null))
            return include;
        if (include === undefined)
            return '.';
        const [from, to] = [dirOf(include), this.ctx.terragruntDir];
        return reverse ? relativePath(to, from) : relativePath(from, to);
    }
}
function unavailable(what) {
    return new Unknown(`${what} is not available here`, 'error');
}
/** A feature default from included configs, the last include (and its own includes) first. */
function includedFeature(configs, name, seen = new Set()) {
    for (const config of [...configs].reverse()) {
        if (seen.has(config))
            continue;
        seen.add(config);
        const own = blockBodies(config.body.feature).find((block) => block.label === name);
        if (own)
            return own.body.default ?? null;
        const deeper = includedFeature(config.includes, name, seen);
        if (deeper !== undefined)
            return deeper;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/config.ts










/**
 * Evaluates Terragrunt configs: includes (evaluated in the unit's context, as Terragrunt does,
 * once per unit each), read_terragrunt_config (in the read file's own context, cached), and the
 * path functions.
 */
class ConfigEvaluator {
    files;
    tally;
    functions;
    constructor(files, tally = new Tally()) {
        this.files = files;
        this.tally = tally;
        const reads = new ReadCache(tally, (file, ctx, rec) => this.evaluate(file, ctx, rec));
        this.functions = new ContextFunctions(files, reads);
    }
    /** Evaluates the config a unit or stack starts from, within a fresh budget. */
    async start({ dir, file, rec, values, stack }) {
        const root = newRoot(this.tally);
        const ctx = {
            unitDir: dir,
            terragruntDir: dir,
            chain: [],
            shared: false,
            root,
            outer: [],
            values: values ?? this.valuesFile(dir, rec),
            stack,
        };
        const config = await this.evaluate(file, ctx, rec);
        reportExhausted(root, file, rec);
        return config;
    }
    /** Evaluates `file`; undefined (with a 'parse' issue) when it cannot be parsed. */
    async evaluate(file, ctx, rec) {
        if (ctx.root.budget.evaluation())
            return undefined;
        const parsed = await this.files.hcl(file);
        if (!parsed.ok) {
            rec.issue(file, `cannot parse ${file}: ${parsed.error}`, 'parse');
            return undefined;
        }
        const scope = new ConfigScope(file, ctx, this.files, rec, parsed.body, this.functions);
        const includes = ctx.stack ? [] : await this.includes(parsed.body, scope);
        scope.included = includes;
        const body = { locals: await scope.allLocals() };
        for (const [key, raw] of Object.entries(parsed.body)) {
            if (key !== 'locals' && key !== 'include')
                body[key] = await scope.json(raw);
        }
        return { file, rec, body, raw: parsed.body, includes, scope };
    }
    async includes(raw, scope) {
        const blocks = blockBodies(raw.include);
        const bare = blocks.filter((block) => block.label === '').length;
        if (bare > 1)
            scope.rec.issue(scope.file, `${scope.file} has ${bare} include blocks without a label, which Terragrunt refuses; give each a label (include "root" { ... }).`);
        const configs = [];
        for (const { label, body } of blocks) {
            const hop = label ? `include "${label}"` : 'include';
            const path = scope.requirePath(await scope.json(body.path ?? null), `${hop} path`);
            const file = path === undefined ? undefined : this.target(scope, path, hop);
            if (file === undefined)
                continue;
            scope.rec.ref(file, hop);
            scope.includes.set(label, { file });
            const included = await this.included(file, label, scope, hop);
            if (!included)
                continue;
            scope.includes.set(label, { file, body: exposedBody(included.body) });
            configs.push(included);
        }
        return configs;
    }
    /** An included config, evaluated once per unit however many paths include it. */
    async included(file, label, scope, hop) {
        const key = `${file}\u0000${label}`;
        const known = scope.ctx.root.includes.get(key);
        if (known) {
            scope.rec.link(known.trail, hop);
            return known.config;
        }
        const stop = nestingProblem(scope, file, hop);
        if (stop)
            return void scope.rec.issue(scope.file, stop);
        const trail = newTrail();
        scope.rec.link(trail, hop);
        const ctx = {
            ...scope.ctx,
            includedAs: { name: label, file },
            chain: [...scope.ctx.chain, scope.file],
            outer: [...scope.ctx.outer, scope],
        };
        const config = await this.evaluate(file, ctx, new Recorder([], trail));
        scope.ctx.root.includes.set(key, { config, trail });
        return config;
    }
    /** A repository path for a config path, reporting ones outside the repository. */
    target(scope, path, what) {
        const file = resolveRepo(scope.ctx.terragruntDir, path);
        if (file === undefined)
            scope.unresolved(`${what} "${path}"`, 'the path is outside the repository');
        return file;
    }
    /** `values` read from the unit's terragrunt.values.hcl, when it has one, on first use. */
    valuesFile(dir, rec) {
        let values;
        const file = joinRepo(dir, 'terragrunt.values.hcl');
        return () => (values ??= (async () => {
            if ((await this.files.kind(file)) !== 'file')
                return new Unknown(`values: there is no ${file}`, 'error');
            rec.ref(file, 'values');
            const ctx = { unitDir: dir, terragruntDir: dir, chain: [], shared: false };
            const config = await this.evaluate(file, { ...ctx, root: newRoot(this.tally), outer: [] }, rec);
            if (!config)
                return new Unknown(`${file} could not be parsed`, 'error');
            const attributes = { ...config.body };
            delete attributes.locals;
            return attributes;
        })());
    }
}

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
// EXTERNAL MODULE: ./node_modules/@cdktn/hcl2json/wasm/wasm_exec.js
var wasm_exec = __nccwpck_require__(7783);
;// CONCATENATED MODULE: ./packages/terragrunt/src/hcl-wasm.ts



// Go's js/wasm runtime support: defines globalThis.Go (no filesystem access; output goes to console).

const runtime = globalThis;
/**
 * HashiCorp's HCL parser (via tmccombs/hcl2json) compiled to WASM, shipped by @cdktn/hcl2json.
 * We load it ourselves rather than through the package's entry point: that one finds the
 * WASM through `__dirname`, which does not exist once ncc bundles an action as ESM. A literal
 * `new URL(..., import.meta.url)` is what ncc recognises and copies next to the bundle.
 */
function wasmBytes() {
    // Relative to this file in the monorepo (hoisted node_modules); ncc rewrites it in bundles.
    const url = __nccwpck_require__.ab + "main.wasm.gz";
    return (0,external_node_fs_.readFileSync)(url);
}
let bridge;
async function start() {
    // V8's optimising tier spent 3-4x the parse time compiling this 7 MB module for a run that
    // parses a few hundred small files; the baseline compiler alone is faster end to end
    // (measured in bench/detect.ts; see docs/adr/0006-detect-performance.md). It applies to
    // WASM compiled after this point, i.e. this module only.
    (0,external_node_v8_namespaceObject.setFlagsFromString)('--liftoff-only');
    const go = new runtime.Go();
    const { instance } = await runtime.WebAssembly.instantiate((0,external_node_zlib_namespaceObject.gunzipSync)(wasmBytes()), go.importObject);
    const functions = {};
    runtime.__parse_terraform_config_wasm__ = functions;
    void go.run(instance);
    if (typeof functions.parse !== 'function') {
        throw new Error('the @cdktn/hcl2json WASM did not register parse(); check the installed version (0.24.x)');
    }
    return functions;
}
/** hcl2json's JSON text per content: units and base/head trees share most texts verbatim. */
const parsed = new Map();
// Written without a numeric separator or `??=`: ncc's asset relocator cannot parse either.
const PARSE_CACHE_LIMIT = 20000;
function parseOnce(filename, text) {
    // No `??=` in this file: ncc's asset relocator cannot parse it and would then mangle the WASM.
    if (!bridge)
        bridge = start();
    return bridge.then((functions) => new Promise((resolve, reject) => {
        functions.parse(filename, text, (error, json) => error ? reject(new Error(error)) : resolve(json ?? 'null'));
    }));
}
/** Cached by content; a failure is not cached, so its diagnostics name the right file. */
function parseText(filename, text) {
    const cached = parsed.get(text);
    if (cached)
        return cached.catch(() => parseOnce(filename, text));
    const result = parseOnce(filename, text);
    if (parsed.size < PARSE_CACHE_LIMIT)
        parsed.set(text, result);
    return result;
}
/**
 * Parses HCL source into hcl2json's JSON; rejects with HCL's diagnostics (file:line,col). Each
 * distinct content is parsed once per process; callers get their own copy.
 */
async function parseHcl(filename, text) {
    return JSON.parse(await parseText(filename, text));
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/bare-include.ts
/** A top-level `include {` with no label; Terragrunt gives it the label "" before decoding. */
const BARE_INCLUDE = /^([ \t]*)include([ \t]*)\{/gm;
/**
 * HCL's JSON conversion refuses a file that mixes `include {` with `include "name" {`, which
 * Terragrunt accepts (it relabels the bare one, updateBareIncludeBlock). This does the same on
 * the text. A match inside a heredoc is relabelled too, which can only add a problem (several
 * bare includes), never hide one.
 */
function labelBareIncludes(text) {
    const labelled = text.replace(BARE_INCLUDE, '$1include ""$2{');
    return labelled === text ? undefined : labelled;
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/mounts.ts
/**
 * The dirs stacks generate, each standing for the tree dir it is copied from: reading
 * <stack>/.terragrunt-stack/vpc/terragrunt.hcl reads <catalog>/units/vpc/terragrunt.hcl. A unit
 * evaluated there sees what Terragrunt's generated unit sees (find_in_parent_folders walks up
 * from the generated dir), and what it reads maps back to real files.
 */
class Mounts {
    table = new Map();
    /** `generated` shows `real`, which is resolved first, so mounts never chain. */
    add(generated, real) {
        this.table.set(generated, this.real(real));
    }
    isMountPoint(path) {
        return this.table.has(path);
    }
    /** The tree path behind `path` (itself when no mount covers it). */
    real(path) {
        if (this.table.size === 0)
            return path;
        for (let prefix = path; prefix !== ''; prefix = mounts_parent(prefix)) {
            const target = this.table.get(prefix);
            if (target !== undefined) {
                const rest = path.slice(prefix.length);
                return target === '' ? rest.replace(/^\//, '') : target + rest;
            }
        }
        return path;
    }
    /** The mount that holds `path`, if any: the generated dir and the real dir it shows. */
    holder(path) {
        for (let prefix = path; prefix !== ''; prefix = mounts_parent(prefix)) {
            const real = this.table.get(prefix);
            if (real !== undefined)
                return { generated: prefix, real };
        }
        return undefined;
    }
}
function mounts_parent(path) {
    const at = path.lastIndexOf('/');
    return at < 0 ? '' : path.slice(0, at);
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/files.ts





/** Deeper parsed files are refused: evaluation recurses, and hostile input must not overflow the stack. */
const files_MAX_NESTING = 100;
/**
 * Every read of one graph build goes through here, once per path: a module used by a thousand
 * units is listed and parsed once. Promises are cached, so concurrent units share the work.
 * Paths inside dirs that stacks generate read the tree dirs they are copied from (`mounts`).
 */
class FileCache {
    reader;
    mounts = new Mounts();
    texts = new Map();
    lists = new Map();
    parsed = new Map();
    constructor(reader) {
        this.reader = reader;
    }
    text(path) {
        const real = this.mounts.real(path);
        return memo(this.texts, real, () => this.reader.readText(real));
    }
    list(dir) {
        const real = this.mounts.real(dir);
        return memo(this.lists, real, () => this.reader.listDir(real));
    }
    /** The kind of entry at `path` (from its parent's listing), or undefined when there is none. */
    async kind(path) {
        if (path === '' || this.mounts.isMountPoint(path))
            return 'dir';
        const entries = await this.list(dirOf(path));
        return entries?.find((entry) => entry.name === external_node_path_namespaceObject.posix.basename(path))?.kind;
    }
    /** The file parsed as HCL (or as JSON for *.json); a missing file is an error too. */
    hcl(path) {
        return memo(this.parsed, this.mounts.real(path), async () => {
            const text = await this.text(path);
            if (text === undefined)
                return { ok: false, error: await this.missing(path) };
            try {
                const body = path.endsWith('.json') ? JSON.parse(text) : await parseLabelled(path, text);
                if (typeof body !== 'object' || body === null || Array.isArray(body)) {
                    return { ok: false, error: 'the file does not hold an HCL/JSON body' };
                }
                if (deeperThan(body, files_MAX_NESTING))
                    return { ok: false, error: `blocks and values nest more than ${files_MAX_NESTING} deep` };
                return { ok: true, body: body };
            }
            catch (error) {
                return { ok: false, error: error instanceof Error ? error.message : String(error) };
            }
        });
    }
    /** Why `path` cannot be read: absent, a symlink (never followed), or a directory. */
    async missing(path) {
        const kind = await this.kind(path);
        if (kind === 'symlink')
            return `${path} is a symlink, which is not followed`;
        return kind ? `${path} is a ${kind}, not a file` : `there is no file at ${path}`;
    }
}
/**
 * Parses HCL. A file mixing a bare include with labelled ones, which the JSON conversion
 * refuses, is parsed with the bare one labelled "" (as Terragrunt does).
 */
async function parseLabelled(path, text) {
    try {
        return await parseHcl(path, text);
    }
    catch (error) {
        const labelled = labelBareIncludes(text);
        if (!labelled)
            throw error;
        return parseHcl(path, labelled).catch(() => Promise.reject(error));
    }
}
/** Whether `value` nests deeper than `limit` (walked without recursion: it may be hostile). */
function deeperThan(value, limit) {
    const stack = [{ value, depth: 0 }];
    for (let item = stack.pop(); item; item = stack.pop()) {
        if (item.depth > limit)
            return true;
        if (typeof item.value !== 'object' || item.value === null)
            continue;
        for (const child of Object.values(item.value))
            stack.push({ value: child, depth: item.depth + 1 });
    }
    return false;
}
function memo(cache, key, load) {
    let found = cache.get(key);
    if (!found) {
        found = load();
        cache.set(key, found);
    }
    return found;
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/module-scope.ts







const READS_FILES = /\b(file\w*|templatefile)\s*\(/;
/** `module "x" {}` from hcl2json ({x: [body]}) or from Terraform's JSON syntax ({x: body}). */
function moduleBlocks(raw) {
    if (Array.isArray(raw))
        return raw.flatMap(moduleBlocks);
    if (!isJsonMap(raw))
        return [];
    return Object.entries(raw).flatMap(([label, value]) => blockBodiesOf(value).map((body) => ({ label, body })));
}
/** A block's bodies: hcl2json gives a list, Terraform's JSON syntax an object or a list. */
function blockBodiesOf(raw) {
    if (Array.isArray(raw))
        return raw.filter(isJsonMap);
    return isJsonMap(raw) ? [raw] : [];
}
function isJsonMap(raw) {
    return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}
/**
 * Enough of a Terraform module's scope to resolve "${path.module}/templates/x.tpl". Paths built
 * from variables come from the caller and are not knowable here; they are skipped, not reported.
 */
class ModuleScope {
    dir;
    files;
    locals;
    rec;
    /** Module code is untrusted like any config: its evaluation is bounded too. */
    budget;
    values = new Map();
    evaluating = new Set();
    constructor(dir, files, locals, rec, tally) {
        this.dir = dir;
        this.files = files;
        this.locals = locals;
        this.rec = rec;
        this.budget = new Budget(tally);
    }
    reportExhausted() {
        if (this.budget.exhausted)
            this.rec.issue(this.dir, `change detection stopped reading module ${this.dir}: ${this.budget.exhausted}.`);
    }
    async walk(raw) {
        if (typeof raw === 'string') {
            if (READS_FILES.test(raw))
                await this.expression(raw);
        }
        else if (Array.isArray(raw)) {
            for (const item of raw)
                await this.walk(item);
        }
        else if (raw !== null && typeof raw === 'object') {
            for (const value of Object.values(raw))
                await this.walk(value);
        }
    }
    async lookup(root, attr) {
        if (root === 'path' && attr === 'module')
            return toVirtual(this.dir);
        if (root !== 'local' || attr === undefined || !Object.hasOwn(this.locals, attr)) {
            return new Unknown(`${root}.${attr ?? ''} is not known inside a module`);
        }
        if (this.values.has(attr))
            return this.values.get(attr);
        if (this.evaluating.has(attr))
            return new Unknown(`local "${attr}" refers to itself`, 'error');
        this.evaluating.add(attr);
        const raw = this.locals[attr];
        const value = typeof raw === 'string' ? await this.expression(raw) : new Unknown('a structured local');
        this.evaluating.delete(attr);
        this.values.set(attr, value);
        return value;
    }
    async call(name, args, _node) {
        if (!FILE_FUNCTIONS.has(name))
            return undefined;
        return callFileFunction(name, args, {
            files: this.files,
            baseDir: this.dir,
            record: (file, hop) => this.rec.ref(file, hop),
            unresolved: () => undefined,
        });
    }
    async expression(text) {
        try {
            return await evaluate(parseTemplate(text), this);
        }
        catch (error) {
            if (!(error instanceof ExprSyntaxError))
                throw error;
            const message = `cannot parse the expression ${JSON.stringify(text)} in module ${this.dir}: ${error.message}`;
            this.rec.issue(this.dir, message);
            return new Unknown('unparsable expression', 'error');
        }
    }
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/sources.ts

/** Go-getter forms Terragrunt downloads instead of copying from the tree. */
const REMOTE_SOURCE = [
    /^[A-Za-z][A-Za-z0-9+.-]*::/, // forced getters: git::, s3::, gcs::, hg::, http::
    /^[A-Za-z][A-Za-z0-9+.-]*:\/\//, // URLs: https://, git://, ssh://, tfr://, s3://
    /^[\w.-]+@[\w.-]+:/, // scp-like git: git@github.com:org/repo.git
    /^(github\.com|bitbucket\.org|gitlab\.com)\//,
    /^[\w.-]+\.amazonaws\.com\//,
    /^(www|storage)\.googleapis\.com\//,
];
/**
 * Whether a terraform.source is local. Terragrunt hands sources to go-getter: anything its
 * detectors do not claim is a file path, relative to the unit (registry modules need tfr://).
 * `file://` and `file::` are local too.
 */
function isRemoteSource(source) {
    if (/^file(::|:\/\/)/.test(source))
        return false;
    return REMOTE_SOURCE.some((pattern) => pattern.test(source));
}
/** A local source's module dir: "../../modules//eks" is the dir "../../modules/eks". */
function localSourcePath(source) {
    const path = source.replace(/^file(::)?(:\/\/)?/, '').replace(/\?.*$/, '');
    return external_node_path_namespaceObject.posix.normalize(path.replace(/(?<!^)\/\/+/g, '/'));
}
/** Terraform module sources are local only when they start with ./ or ../ (registry otherwise). */
function isLocalModuleSource(source) {
    return /^\.\.?[/\\]/.test(source);
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/modules.ts





/** OpenTofu's code files: parsed for module calls and file reads. */
const CODE = /\.(tf|tofu)(\.json)?$/;
/** What Terragrunt >= 1.1 marks as read anywhere under a local module (markLocalModuleSourceAsRead). */
const MARKED_READ = /\.(tf|tofu)(\.json)?$|\.hcl$/;
/** Dirs that walk skips (SkipDirIfIgnorable). */
const IGNORED_DIRS = new Set(['.git', '.terraform', '.terragrunt-cache']);
/**
 * The files of local Terraform modules, followed through nested local `module` calls. Each
 * module dir is loaded once per build into one trail, which every unit using it links to.
 */
class ModuleIndex {
    files;
    tally;
    trails = new Map();
    loads = new Map();
    constructor(files, tally = new Tally()) {
        this.files = files;
        this.tally = tally;
    }
    /** Links the module at `dir` (and what it calls) under `rec`; a missing dir is reported against `from`. */
    async follow(dir, rec, from) {
        if ((await this.files.kind(dir)) !== 'dir') {
            rec.issue(from.file, `${from.what} resolves to ${dir}, which is not a directory in this tree.`);
            return;
        }
        const queue = [dir];
        const seen = new Set(queue);
        for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
            for (const called of await this.load(next)) {
                if (!seen.has(called))
                    queue.push(called);
                seen.add(called);
            }
        }
        rec.link(this.trailOf(dir));
    }
    trailOf(dir) {
        let trail = this.trails.get(dir);
        if (!trail)
            this.trails.set(dir, (trail = newTrail()));
        return trail;
    }
    /** Fills the dir's trail; resolves to the module dirs it calls. */
    load(dir) {
        let found = this.loads.get(dir);
        if (!found)
            this.loads.set(dir, (found = this.loadOnce(dir, new Recorder([], this.trailOf(dir)))));
        return found;
    }
    async loadOnce(dir, rec) {
        const code = [];
        const subdirs = [];
        for (const entry of (await this.files.list(dir)) ?? []) {
            const file = joinRepo(dir, entry.name);
            if (entry.kind === 'file' || entry.kind === 'symlink')
                rec.ref(file);
            if (entry.kind === 'file' && CODE.test(entry.name))
                code.push(file);
            if (entry.kind === 'dir' && !IGNORED_DIRS.has(entry.name))
                subdirs.push(file);
            if (entry.kind === 'symlink') {
                const message = `${file} is a symlink; change detection does not follow symlinks, so changes to its target are not seen. Replace it with a file or a module call.`;
                rec.issue(file, message);
            }
        }
        const bodies = await this.parseAll(code, rec);
        const called = [];
        for (const { file, body } of bodies)
            called.push(...(await this.calls(dir, file, body, rec)));
        // A subfolder called as a module is followed as one, with the call in its chain.
        const skip = new Set(called);
        for (const subdir of subdirs)
            await this.markedRead(subdir, rec, skip);
        await scanReads(new ModuleScope(dir, this.files, localsOf(bodies), rec, this.tally), bodies);
        return called;
    }
    /** Code and .hcl files in the module's subfolders (not loaded by OpenTofu, but read by Terragrunt). */
    async markedRead(dir, rec, skip) {
        if (skip.has(dir))
            return;
        for (const entry of (await this.files.list(dir)) ?? []) {
            const path = joinRepo(dir, entry.name);
            if (entry.kind === 'dir' && !IGNORED_DIRS.has(entry.name))
                await this.markedRead(path, rec, skip);
            else if (entry.kind !== 'dir' && MARKED_READ.test(entry.name))
                rec.ref(path);
        }
    }
    async parseAll(files, rec) {
        const bodies = [];
        for (const file of files) {
            const parsed = await this.files.hcl(file);
            if (parsed.ok)
                bodies.push({ file, body: parsed.body });
            else
                rec.issue(file, `cannot parse ${file}: ${parsed.error}`, 'parse');
        }
        return bodies;
    }
    /** Links the local modules `file` calls; the dirs that exist. */
    async calls(dir, file, body, rec) {
        const called = [];
        for (const { label, body: block } of moduleBlocks(body.module)) {
            const source = block.source;
            if (typeof source !== 'string' || !isLocalModuleSource(source))
                continue;
            const target = resolveRepo(dir, source);
            const hop = `module "${label}" (source ${source})`;
            if (source.includes('${') || target === undefined) {
                const message = `module "${label}" in ${file} has source ${JSON.stringify(source)}, which change detection cannot follow (it must be a literal path inside the repository).`;
                rec.issue(file, message);
            }
            else if ((await this.files.kind(target)) !== 'dir')
                rec.issue(dir, `${hop} resolves to ${target}, which is not a directory in this tree.`);
            else {
                rec.link(this.trailOf(target), hop);
                called.push(target);
            }
        }
        return called;
    }
}
function localsOf(bodies) {
    const locals = {};
    for (const { body } of bodies) {
        for (const block of blockBodiesOf(body.locals))
            Object.assign(locals, block);
    }
    return locals;
}
/** Evaluates the expressions that read files, with path.module and the module's locals known. */
async function scanReads(scope, bodies) {
    for (const { body } of bodies)
        await scope.walk(body);
    scope.reportExhausted();
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/unit-dependencies.ts



function listOf(value) {
    if (value === undefined || value === null)
        return [];
    return Array.isArray(value) ? value : [value];
}
/**
 * Dependencies with mock_outputs (later configs override earlier ones by label). Without
 * mock_outputs_allowed_terraform_commands Terragrunt lets every command use the mocks.
 */
function mockOutputsOf(order) {
    const byLabel = new Map();
    for (const config of order) {
        for (const { label, body } of blockBodies(config.body.dependency)) {
            if (body.mock_outputs === undefined)
                continue;
            byLabel.set(label, { dependency: label, allowedCommands: allowedCommands(body) });
        }
    }
    return [...byLabel.values()];
}
function allowedCommands(body) {
    const value = body.mock_outputs_allowed_terraform_commands;
    if (value === undefined || value === null)
        return ['*'];
    const items = listOf(value);
    if (isUnknown(value) || !items.every((item) => typeof item === 'string'))
        return 'unknown';
    return items;
}
async function followDependencies(tools, dir, order, out) {
    const named = new Map();
    const listed = [];
    for (const config of order) {
        for (const { label, body } of blockBodies(config.body.dependency)) {
            named.set(label, { config, path: body.config_path ?? null });
        }
        for (const { body } of blockBodies(config.body.dependencies)) {
            for (const path of listOf(body.paths))
                listed.push({ config, path });
        }
    }
    for (const [label, { config, path }] of named) {
        await dependency(tools, dir, config, path, `dependency "${label}"`, out);
    }
    for (const { config, path } of listed)
        await dependency(tools, dir, config, path, 'dependencies', out);
}
async function dependency(tools, dir, config, value, what, out) {
    const path = config.scope.requirePath(value, `${what} config_path`);
    if (path === undefined)
        return;
    let file = resolveRepo(dir, path);
    if (file === undefined)
        return config.scope.unresolved(`${what} "${path}"`, 'the path is outside the repository');
    if ((await tools.files.kind(file)) === 'dir')
        file = await configIn(tools, file);
    const hop = what === 'dependencies' ? `dependencies ${path}` : what;
    config.rec.ref(file, hop);
    if ((await tools.files.kind(file)) !== 'file') {
        config.rec.issue(config.file, `${what} in ${config.file} points at ${path}, but there is no unit config at ${file}. Fix the path or remove the block.`);
        return;
    }
    if (!out.includes(dirOf(file)))
        out.push(dirOf(file));
}
/** A dependency dir's config: its terragrunt.hcl, or (a stack, as autoinclude allows) its stack file. */
async function configIn(tools, dir) {
    const unit = joinRepo(dir, 'terragrunt.hcl');
    const stack = joinRepo(dir, 'terragrunt.stack.hcl');
    if ((await tools.files.kind(unit)) !== 'file' && (await tools.files.kind(stack)) === 'file')
        return stack;
    return unit;
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/unit.ts






/**
 * Everything one unit depends on, from its own terragrunt.hcl outwards. `merged` are configs
 * Terragrunt merges after the unit's own (a stack's autoinclude for a unit it generates).
 */
async function buildUnit(tools, dir, configFile, values, merged = []) {
    const rec = new Recorder();
    rec.ref(configFile);
    const dependencies = [];
    const mockOutputs = [];
    const config = await tools.configs.start({ dir, file: configFile, rec, values });
    if (config) {
        const order = [...mergeOrder(config), ...merged];
        await followSource(tools, dir, order, rec);
        for (const item of order)
            varFiles(dir, item);
        await followDependencies(tools, dir, order, dependencies);
        mockOutputs.push(...mockOutputsOf(order));
    }
    return { dir, trail: rec.trail, dependencies, mockOutputs };
}
/**
 * Included configs before their includer, so later entries override earlier ones (Terragrunt's
 * merge). A config included along several paths counts once, where it is first reached.
 */
function mergeOrder(config, seen = new Set()) {
    if (seen.has(config))
        return [];
    seen.add(config);
    return [...config.includes.flatMap((included) => mergeOrder(included, seen)), config];
}
function terraformBlocks(config) {
    return blockBodies(config.body.terraform).map((block) => block.body);
}
async function followSource(tools, dir, order, rec) {
    const owner = order.findLast((config) => terraformBlocks(config).some((block) => 'source' in block));
    if (!owner) {
        // No source: Terragrunt runs OpenTofu in the unit dir itself.
        const hop = 'terraform (no source: the unit dir is the module)';
        return tools.modules.follow(dir, rec.deeper(hop), {
            file: joinRepo(dir, 'terragrunt.hcl'),
            what: hop,
        });
    }
    const block = terraformBlocks(owner).findLast((found) => 'source' in found);
    const source = sourceText(block.source, owner, 'terraform.source');
    if (source === undefined || isRemoteSource(source))
        return;
    // With update_source_with_cas, a generated unit's relative source names its catalog's tree.
    const base = block.update_source_with_cas === true ? tools.files.mounts.real(dir) : dir;
    const moduleDir = resolveRepo(base, localSourcePath(source));
    const hop = `terraform.source ${displaySource(source)}`;
    if (moduleDir === undefined)
        return owner.scope.unresolved(`terraform.source "${source}"`, 'it leaves the repository');
    await tools.modules.follow(moduleDir, owner.rec.deeper(hop), { file: owner.file, what: hop });
}
/** Absolute (get_terragrunt_dir()-based) sources are shown repository-relative, keeping `//`. */
function displaySource(source) {
    if (!source.startsWith(`${REPO_ROOT}/`))
        return source;
    const split = source.indexOf('//');
    const [base, sub] = split < 0 ? [source, ''] : [source.slice(0, split), source.slice(split)];
    return (fromVirtual(base) ?? base) + sub;
}
/** A source string; an unknown one still counts as remote when its known prefix says so. */
function sourceText(value, owner, what) {
    if (isUnknown(value) && value.prefix && isRemoteSource(value.prefix))
        return value.prefix;
    return owner.scope.requirePath(value, what);
}
/** Var files named by extra_arguments, relative to the unit (where Terragrunt runs). */
function varFiles(dir, config) {
    for (const block of terraformBlocks(config)) {
        for (const { label, body } of blockBodies(block.extra_arguments)) {
            for (const key of ['required_var_files', 'optional_var_files']) {
                for (const item of listOf(body[key]))
                    varFile(dir, config, item, `extra_arguments "${label}" ${key}`);
            }
            for (const item of listOf(body.arguments)) {
                const prefix = isUnknown(item) ? item.prefix : typeof item === 'string' ? item : '';
                if (prefix.startsWith('-var-file='))
                    varFile(dir, config, stripFlag(item), `extra_arguments "${label}" arguments`);
            }
        }
    }
}
function stripFlag(item) {
    return typeof item === 'string' ? item.slice('-var-file='.length) : item;
}
function varFile(dir, config, item, what) {
    const path = config.scope.requirePath(item, what);
    if (path === undefined)
        return;
    const file = resolveRepo(dir, path);
    if (file === undefined)
        return config.scope.unresolved(`${what} "${path}"`, 'the path is outside the repository');
    config.rec.ref(file, `${what} ${file}`);
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/stack.ts







const STACK_FILE = 'terragrunt.stack.hcl';
/**
 * Evaluates a stack file and, recursively, the local stacks it generates; mounts each generated
 * dir on its source dir so that the generated units can be built where Terragrunt puts them.
 */
async function planStack(tools, dir, sources) {
    const plan = { dir, trail: newTrail(), units: [], generated: [] };
    const planning = { tools, plan, sources };
    await stackFile(planning, dir, new Recorder([], plan.trail), undefined, 0);
    if (planning.stopped) {
        const file = joinRepo(dir, STACK_FILE);
        const message = `${file} generates more than ${LIMITS.components} units and stacks, or nests stacks more than ${LIMITS.depth} deep; change detection stops generating there.`;
        new Recorder([], plan.trail).issue(file, message);
    }
    return plan;
}
async function stackFile(planning, dir, rec, values, depth) {
    const file = joinRepo(dir, STACK_FILE);
    rec.ref(file);
    const config = await planning.tools.configs.start({ dir, file, rec, values, stack: true });
    if (!config)
        return;
    const blocks = [...componentBlocks(config.body), ...(await fragments(planning, config))];
    for (const block of blocks)
        await component(planning, config, block, depth);
}
function componentBlocks(body) {
    return ['unit', 'stack'].flatMap((kind) => blockBodies(body[kind]).map(({ label, body: block }) => ({
        kind,
        name: label,
        body: block,
    })));
}
/** A stack file's `include` blocks name files of more unit/stack blocks, evaluated in its scope. */
async function fragments(planning, config) {
    const found = [];
    for (const { label, body } of blockBodies(config.raw.include)) {
        const hop = `include "${label}"`;
        const path = config.scope.requirePath(await config.scope.json(body.path ?? null), hop);
        const file = path === undefined ? undefined : resolveRepo(config.scope.ctx.terragruntDir, path);
        if (file === undefined)
            continue;
        config.rec.ref(file, hop);
        const parsed = await planning.tools.files.hcl(file);
        if (!parsed.ok) {
            config.rec.issue(file, `cannot parse ${file}: ${parsed.error}`);
            continue;
        }
        const raw = { unit: parsed.body.unit ?? null, stack: parsed.body.stack ?? null };
        found.push(...componentBlocks((await config.scope.json(raw))));
    }
    return found;
}
async function component(planning, config, block, depth) {
    const { tools, plan } = planning;
    const { scope, rec } = config;
    const what = `${block.kind} "${block.name}"`;
    if (block.body.enabled === false)
        return;
    const source = sourceText(block.body.source ?? null, config, `${what} source`);
    const path = scope.requirePath(block.body.path ?? null, `${what} path`);
    if (source === undefined || path === undefined || isRemoteSource(source))
        return;
    const stackDir = scope.ctx.terragruntDir;
    const generated = generatedDir(stackDir, path, block.body.no_dot_terragrunt_stack === true);
    if (generated === undefined)
        return scope.unresolved(`${what} path "${path}"`, 'it leaves the stack dir');
    // With update_source_with_cas, a relative source names the catalog's own tree.
    const cas = block.body.update_source_with_cas === true;
    const base = cas ? tools.files.mounts.real(stackDir) : stackDir;
    const sourceDir = resolveRepo(base, localSourcePath(source));
    if (sourceDir === undefined)
        return scope.unresolved(`${what} source "${source}"`, 'it leaves the repository');
    const hop = `${what} (source ${source})`;
    if ((await tools.files.kind(sourceDir)) !== 'dir')
        return rec.issue(config.file, `${hop} is not a directory in this tree (${sourceDir}).`);
    if (plan.generated.length >= LIMITS.components || depth >= LIMITS.depth)
        planning.stopped = true;
    if (planning.stopped)
        return;
    rec.link(await sourceTrail(planning, tools.files.mounts.real(sourceDir)), hop);
    tools.files.mounts.add(generated, sourceDir);
    plan.generated.push(generated);
    const values = block.body.values === undefined ? undefined : constant(block.body.values);
    const via = [...rec.via, hop];
    if (block.kind === 'stack')
        return stackFile(planning, generated, new Recorder(via, rec.trail), values, depth + 1);
    const autoinclude = blockBodies(block.body.autoinclude).map((found) => ({
        ...config,
        rec: new Recorder([...via, 'autoinclude'], rec.trail),
        body: found.body,
        includes: [],
    }));
    plan.units.push({ dir: generated, via, values, autoinclude });
}
function constant(value) {
    return () => Promise.resolve(value);
}
/** Every file of a source dir, which Terragrunt copies whole into the generated dir. */
async function sourceTrail({ tools, sources }, dir) {
    const known = sources.get(dir);
    if (known)
        return known;
    const trail = newTrail();
    sources.set(dir, trail);
    const rec = new Recorder([], trail);
    for (const file of await listFiles(tools.files, dir))
        rec.ref(joinRepo(dir, file));
    return trail;
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/discover.ts


/** Directories Terragrunt and OpenTofu write into; never part of the configuration. */
const SKIPPED_DIRS = new Set(['.terragrunt-cache', '.terraform', '.terragrunt-stack', '.git']);
const CONFIG = 'terragrunt.hcl';
function configOf(found) {
    return joinRepo(found.dir, found.kind === 'stack' ? STACK_FILE : CONFIG);
}
/** Walks `root` for unit and stack dirs. Symlinked dirs are not entered (Terragrunt's default discovery). */
async function discover(files, root) {
    const found = [];
    let level = [root];
    while (level.length) {
        const listings = await Promise.all(level.map(async (dir) => ({ dir, entries: await files.list(dir) })));
        level = [];
        for (const { dir, entries } of listings) {
            const item = classify(dir, entries ?? []);
            if (item)
                found.push(item);
            for (const entry of entries ?? []) {
                if (entry.kind === 'dir' && !SKIPPED_DIRS.has(entry.name))
                    level.push(joinRepo(dir, entry.name));
            }
        }
    }
    return found.sort((a, b) => (a.dir < b.dir ? -1 : 1));
}
function classify(dir, entries) {
    const config = entries.find((entry) => entry.name === CONFIG);
    const stack = entries.find((entry) => entry.name === STACK_FILE);
    if (config && stack)
        return {
            dir,
            kind: 'unit',
            problem: `${dir} holds both ${CONFIG} and ${STACK_FILE}, which Terragrunt refuses; keep one.`,
        };
    if (config)
        return config.kind === 'file'
            ? { dir, kind: 'unit' }
            : { dir, kind: 'unit', problem: unreadable(dir, CONFIG, config.kind) };
    if (stack)
        return stack.kind === 'file'
            ? { dir, kind: 'stack' }
            : { dir, kind: 'stack', problem: unreadable(dir, STACK_FILE, stack.kind) };
    if (entries.some((entry) => entry.name === `${CONFIG}.json`)) {
        const problem = `${dir}/${CONFIG}.json: JSON Terragrunt configs are not supported by change detection; use terragrunt.hcl.`;
        return { dir, kind: 'unit', problem };
    }
    return undefined;
}
function unreadable(dir, name, kind) {
    return `${dir}/${name} is a ${kind}, which change detection does not follow; make it a regular file.`;
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/stack-node.ts



const stack_node_CONFIG = 'terragrunt.hcl';
/** A unit a stack generates, built where Terragrunt generates it, with its autoinclude merged. */
function buildGenerated(tools, unit) {
    return buildUnit(tools, unit.dir, joinRepo(unit.dir, stack_node_CONFIG), unit.values, unit.autoinclude);
}
/** A stack's node: its own findings and those of every unit it generates (from `built`). */
function assembleStack(plan, built) {
    const trail = newTrail();
    const rec = new Recorder([], trail);
    rec.link(plan.trail);
    const mockOutputs = [];
    const dependencies = new Set();
    for (const unit of plan.units) {
        const findings = built.get(unit);
        rec.link(findings.trail, ...unit.via);
        const path = unit.dir
            .slice(plan.dir.length + 1)
            .split('/')
            .filter((segment) => segment !== STACK_DIR)
            .join('/');
        for (const mock of findings.mockOutputs)
            mockOutputs.push({ ...mock, dependency: `${path}/${mock.dependency}` });
        for (const dependency of findings.dependencies)
            dependencies.add(dependency);
    }
    return { dir: plan.dir, trail, dependencies: [...dependencies], mockOutputs };
}
/**
 * Which node a dependency dir belongs to: a dir a stack generates is that stack's (a stack's
 * dependencies on its own units are dropped). Undefined for a stack's own units.
 */
function dependencyOwner(dependency, node, owners, mounts) {
    const generated = mounts.holder(dependency)?.generated;
    const owner = generated === undefined ? dependency : (owners.get(generated) ?? dependency);
    return owner === node ? undefined : owner;
}

;// CONCATENATED MODULE: ./packages/terragrunt/src/graph.ts









const CONCURRENCY = 8;
/**
 * Discovers the units under `root` (every dir holding a terragrunt.hcl, except configs that other
 * units include, the legacy root pattern) and the stacks (dirs holding a terragrunt.stack.hcl),
 * and builds what each depends on. A stack's node stands for every unit it generates.
 * `tally` counts the evaluation work done (configs evaluated, expression steps).
 */
async function buildTerragruntGraph(reader, root, tally = new Tally()) {
    const files = new FileCache(reader);
    const tools = {
        files,
        configs: new ConfigEvaluator(files, tally),
        modules: new ModuleIndex(files, tally),
    };
    const { nodes, plans } = await buildNodes(tools, await discover(files, root));
    const included = includeTargets(nodes);
    const kept = nodes
        .filter((node) => node.kind === 'stack' || !included.has(node.config))
        .sort((a, b) => (a.dir < b.dir ? -1 : 1));
    const owners = ownersOf(plans);
    return {
        root,
        units: kept.map((node) => toUnit(root, node, owners, files)),
        problems: problemsOf(kept),
    };
}
/** Stacks are planned first: the dirs they generate must be mounted before a unit can use one. */
async function buildNodes(tools, found) {
    const map = (items, run) => mapLimit(items, CONCURRENCY, run);
    const sources = new Map();
    const stackDirs = found.filter((item) => item.kind === 'stack' && !item.problem);
    const plans = await map(stackDirs, (item) => planStack(tools, item.dir, sources));
    const others = found.filter((item) => item.kind === 'unit' || item.problem);
    const units = await map(others, (item) => buildOne(tools, item));
    const generated = plans.flatMap((plan) => plan.units);
    const built = new Map(await map(generated, async (unit) => [unit, await buildGenerated(tools, unit)]));
    const nodes = [
        ...units.map((unit, at) => toNode(others[at], unit, tools.files)),
        ...plans.map((plan) => toNode({ dir: plan.dir, kind: 'stack' }, assembleStack(plan, built), tools.files)),
    ];
    return { nodes, plans };
}
async function buildOne(tools, unit) {
    const config = configOf(unit);
    if (!unit.problem)
        return buildUnit(tools, unit.dir, config);
    const trail = {
        refs: [{ file: config, via: [] }],
        issues: [{ file: config, message: unit.problem, kind: 'parse' }],
        links: [],
    };
    return { dir: unit.dir, trail, dependencies: [], mockOutputs: [] };
}
/** Flattens a node's trail; paths inside generated dirs become the files they are copied from. */
function toNode(item, found, files) {
    const { references, issues } = flatten(found.trail);
    const best = new Map();
    for (const ref of references) {
        const file = files.mounts.real(ref.file);
        const known = best.get(file);
        if (!known || ref.via.length < known.via.length)
            best.set(file, { file, via: ref.via });
    }
    return {
        kind: item.kind,
        dir: found.dir,
        config: configOf(item),
        references: [...best.values()],
        issues: issues.map((issue) => ({ ...issue, file: files.mounts.real(issue.file) })),
        dependencies: found.dependencies,
        mockOutputs: found.mockOutputs,
    };
}
/** Files some node includes (rather than reads or depends on): a terragrunt.hcl there is a root, not a unit. */
function includeTargets(nodes) {
    const files = new Set();
    for (const node of nodes) {
        for (const ref of node.references)
            if (ref.via.at(-1)?.startsWith('include'))
                files.add(ref.file);
    }
    return files;
}
/** Each dir a stack generates, and the (top) stack that owns it. */
function ownersOf(plans) {
    return new Map(plans.flatMap((plan) => plan.generated.map((dir) => [dir, plan.dir])));
}
/** 'permanent' under <root>/permanent, <env> under <root>/environments/<env>, else the first segment. */
function targetOf(root, dir) {
    const relative = root && dir.startsWith(`${root}/`) ? dir.slice(root.length + 1) : root ? '' : dir;
    const [first, second] = relative.split('/');
    if (!first)
        return root.split('/').at(-1) ?? '';
    if (first === 'environments' && second)
        return second;
    return first;
}
function toUnit(root, node, owners, files) {
    const dependencies = node.dependencies.flatMap((dependency) => dependencyOwner(dependency, node.dir, owners, files.mounts) ?? []);
    return {
        kind: node.kind,
        dir: node.dir,
        target: targetOf(root, node.dir),
        references: node.references,
        dependencies: [...new Set(dependencies)],
        mockOutputs: node.mockOutputs,
    };
}
/**
 * A node's own findings affect that node. A shared file that cannot be parsed hides what it
 * would add for everyone that reaches it: when that is every node, one 'all' problem says so.
 */
function problemsOf(nodes) {
    const problems = [];
    const shared = new Map();
    for (const node of nodes) {
        for (const issue of node.issues) {
            if (issue.kind === 'parse' && issue.file !== node.config) {
                const entry = shared.get(issue.file) ?? {
                    message: issue.message,
                    nodes: new Set(),
                };
                entry.nodes.add(node.dir);
                shared.set(issue.file, entry);
            }
            else
                problems.push({ file: issue.file, message: issue.message, scope: 'node', node: node.dir });
        }
    }
    for (const [file, { message, nodes: reached }] of shared) {
        if (reached.size === nodes.length && nodes.length > 1)
            problems.push({ file, message, scope: 'all' });
        else
            for (const node of reached)
                problems.push({ file, message, scope: 'node', node });
    }
    return dedupe(problems);
}
function dedupe(problems) {
    const seen = new Set();
    return problems.filter((problem) => {
        const key = `${problem.scope}\u0000${problem.node ?? ''}\u0000${problem.file}\u0000${problem.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
async function mapLimit(items, limit, run) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        for (let at = next++; at < items.length; at = next++)
            results[at] = await run(items[at]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./actions/detect-changed-envs/src/layout.ts

const normalRoot = (root) => (root === '.' ? '' : root);
/**
 * Apps with their own overlays serve those; k8s.overlays serves the apps without their own
 * (or the app in {app}); cluster folders serve no app in particular.
 */
function k8sPatternsOf(fleet) {
    const own = fleet.apps.flatMap((app) => app.overlays ? [{ pattern: app.overlays, apps: [app.name] }] : []);
    const shared = fleet.apps.filter((app) => !app.overlays).map((app) => app.name);
    const overlays = hasApp(fleet.k8s.overlays) || shared.length === 0
        ? { pattern: fleet.k8s.overlays }
        : { pattern: fleet.k8s.overlays, apps: shared };
    return [...own, overlays, { pattern: fleet.k8s.clusters, cluster: true }];
}
/** The apps a matched folder serves under `rule`; undefined for the whole environment. */
function servedApps(rule, matched) {
    if (rule.cluster)
        return undefined;
    return rule.apps ?? (matched === undefined ? undefined : [matched]);
}
function createLayout(fleet) {
    const roots = {
        infrastructure: normalRoot(fleet.infrastructure.root),
        k8s: normalRoot(fleet.k8s.root),
    };
    const shared = fleet.infrastructure.shared;
    const k8sPatterns = k8sPatternsOf(fleet);
    const patterns = {
        infrastructure: [{ pattern: fleet.infrastructure.environments, cluster: true }],
        k8s: k8sPatterns,
    };
    const sharedFolder = (path, kind) => {
        const rest = belowRoot(roots.infrastructure, path);
        const [first, ...more] = rest?.split('/') ?? [];
        if (!first || !shared.includes(first) || (kind === 'file' && more.length === 0))
            return;
        return { folder: joinRoot(roots.infrastructure, first), target: first };
    };
    return {
        fleet,
        roots,
        shared,
        k8sPatterns,
        targetFolder(domain, path, kind = 'file') {
            if (domain === 'infrastructure') {
                const own = sharedFolder(path, kind);
                if (own)
                    return own;
            }
            for (const rule of patterns[domain]) {
                const match = matchFolder(rule.pattern, roots[domain], path, kind);
                if (!match)
                    continue;
                const apps = servedApps(rule, match.app);
                return { folder: match.folder, target: match.env, ...(apps && { apps }) };
            }
            return undefined;
        },
    };
}

;// CONCATENATED MODULE: ./actions/detect-changed-envs/src/graphs.ts




async function isDir(reader, dir) {
    return dir === '' || (await reader.listDir(dir)) !== undefined;
}
/** A graph that could not be built at all: every target of its domain is in doubt. */
function failedGraph(root, what, error) {
    const detail = error instanceof Error ? error.message : String(error);
    const message = `could not build the ${what} graph: ${detail}`;
    return { nodes: [], targets: [], problems: [{ file: root || '.', message, scope: 'all' }] };
}
const EMPTY = { nodes: [], problems: [], targets: [] };
async function sharedTargets(reader, layout) {
    const root = layout.roots.infrastructure;
    const folders = (await reader.listDir(root)) ?? [];
    return layout.shared.filter((name) => folders.some((entry) => entry.name === name && entry.kind === 'dir'));
}
async function terragrunt(reader, layout, scan) {
    const root = layout.roots.infrastructure;
    if (!(await isDir(reader, root)))
        return EMPTY;
    try {
        const graph = await buildTerragruntGraph(reader, root);
        const nodes = [];
        for (const unit of graph.units) {
            const folder = layout.targetFolder('infrastructure', unit.dir, 'dir');
            if (!folder)
                scan.outside.push(unit.dir);
            else if (!isName(folder.target))
                scan.invalid.push(invalidName(folder.folder));
            else
                nodes.push({ ...unit, target: folder.target });
        }
        const targets = [
            ...new Set([...nodes.map((n) => n.target), ...(await sharedTargets(reader, layout))]),
        ];
        return { nodes, problems: graph.problems, targets };
    }
    catch (error) {
        return failedGraph(root, 'Terragrunt', error);
    }
}
function invalidName(folder) {
    const message = 'its name is not a valid environment name';
    return { folder, message };
}
/** The folders the overlay and cluster patterns match, with the app each serves. */
async function k8sFolders(reader, layout, scan) {
    const folders = new Map();
    const apps = new Map();
    for (const rule of layout.k8sPatterns) {
        const found = await discoverFolders(reader, layout.roots.k8s, rule.pattern);
        scan.invalid.push(...found.invalid);
        for (const match of found.matches) {
            if (folders.has(match.folder))
                continue;
            folders.set(match.folder, { dir: match.folder, target: match.env });
            const served = servedApps(rule, match.app);
            if (served)
                apps.set(match.folder, served);
        }
    }
    return { folders: [...folders.values()], apps };
}
async function kustomize(reader, layout, scan) {
    const root = layout.roots.k8s;
    if (!(await isDir(reader, root)))
        return EMPTY;
    try {
        const { folders, apps } = await k8sFolders(reader, layout, scan);
        const graph = await buildKustomizeGraph(reader, root, folders);
        const nodes = graph.nodes.map((node) => {
            const served = apps.get(node.dir);
            return { ...node, dependencies: [], ...(served && { apps: served }) };
        });
        const targets = [...new Set(nodes.map((node) => node.target))];
        return { nodes, problems: graph.problems, targets };
    }
    catch (error) {
        return failedGraph(root, 'Kustomize', error);
    }
}
/** Both domains' graphs of the commit `reader` shows, mapped onto the user's layout. */
async function scanTree(reader, layout) {
    const scan = {
        graphs: { infrastructure: EMPTY, k8s: EMPTY },
        invalid: [],
        outside: [],
    };
    const [infrastructure, k8s] = await Promise.all([
        terragrunt(reader, layout, scan),
        kustomize(reader, layout, scan),
    ]);
    scan.graphs = { infrastructure, k8s };
    return scan;
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

;// CONCATENATED MODULE: ./packages/git/src/checkout-location.ts


/** True when `path` is `root` or inside it; both absolute real paths. */
function isInside(root, path) {
    const rest = (0,external_node_path_namespaceObject.relative)(root, path);
    return rest !== '..' && !rest.startsWith(`..${external_node_path_namespaceObject.sep}`) && !(0,external_node_path_namespaceObject.isAbsolute)(rest);
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
const isDirectory = (path) => (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false })?.isDirectory();
/** git's validate_headref: a symlink into refs/, `ref: refs/...`, or an object id. */
function validHead(gitDir) {
    const head = (0,external_node_path_namespaceObject.join)(gitDir, 'HEAD');
    const stats = (0,external_node_fs_.lstatSync)(head, { throwIfNoEntry: false });
    if (stats?.isSymbolicLink())
        return (0,external_node_fs_.readlinkSync)(head).startsWith('refs/');
    if (!stats?.isFile())
        return false;
    const text = (0,external_node_fs_.readFileSync)(head, 'utf8').slice(0, 256);
    return /^ref:\s*refs\//.test(text) || /^(?:[0-9a-f]{40}|[0-9a-f]{64})/.test(text);
}
/** The common directory a (worktree) git directory names in `commondir`, else itself. */
function commonDirOf(gitDir) {
    const file = (0,external_node_path_namespaceObject.join)(gitDir, 'commondir');
    if (!(0,external_node_fs_.existsSync)(file))
        return gitDir;
    return (0,external_node_path_namespaceObject.resolve)(gitDir, (0,external_node_fs_.readFileSync)(file, 'utf8').trim());
}
/** git's is_git_directory: a valid HEAD, and objects/ and refs/ in the common directory. */
function isGitDirectory(path) {
    if (!isDirectory(path) || !validHead(path))
        return false;
    const common = commonDirOf(path);
    return !!isDirectory((0,external_node_path_namespaceObject.join)(common, 'objects')) && !!isDirectory((0,external_node_path_namespaceObject.join)(common, 'refs'));
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
    const stats = (0,external_node_fs_.statSync)(dotGit, { throwIfNoEntry: false });
    if (!stats)
        throw new CheckoutLocationError(`${dotGit} is a broken symbolic link.`, RECHECKOUT);
    if (stats.isDirectory())
        return dotGit;
    const text = (0,external_node_fs_.readFileSync)(dotGit, 'utf8');
    const match = /^gitdir: (.+)/.exec(text);
    if (!match?.[1]) {
        throw new CheckoutLocationError(`${dotGit} is neither a git directory nor a "gitdir: <path>" file.`, RECHECKOUT);
    }
    return (0,external_node_path_namespaceObject.resolve)((0,external_node_path_namespaceObject.dirname)(dotGit), match[1].trim());
}
function checkout_location_located(root, gitDir) {
    if (!isGitDirectory(gitDir)) {
        throw new CheckoutLocationError(`${gitDir} (the git directory of ${root}) is not a valid git directory.`, RECHECKOUT);
    }
    const real = (0,external_node_fs_.realpathSync)(gitDir);
    return { root, gitDir: real, commonDir: (0,external_node_fs_.realpathSync)(commonDirOf(real)) };
}
/**
 * The repository git would use for `dir`: the nearest `.git` (folder, symlink or gitdir file)
 * or bare repository, walking up. A `.git` that is not a valid one stops the walk with an
 * error instead of letting git look further up. Undefined when there is none.
 */
function findGitLocation(dir) {
    for (let current = (0,external_node_fs_.realpathSync)(dir);; current = (0,external_node_path_namespaceObject.dirname)(current)) {
        const dotGit = (0,external_node_path_namespaceObject.join)(current, '.git');
        if ((0,external_node_fs_.lstatSync)(dotGit, { throwIfNoEntry: false }))
            return checkout_location_located(current, dotGitTarget(dotGit));
        if (isGitDirectory(current))
            return checkout_location_located(current, current);
        if ((0,external_node_path_namespaceObject.dirname)(current) === current)
            return undefined;
    }
}
const MOVE_INSIDE = 'Check the repository out inside GITHUB_WORKSPACE (actions/checkout `path:`) and give ' +
    'repository-path relative to it; remove any symlink or .git file that leads elsewhere.';
/** Refuses a path that leaves `workspace`, by name and then (when it exists) by real path. */
function assertInsideWorkspace(workspace, path) {
    const root = (0,external_node_path_namespaceObject.resolve)(workspace);
    const outside = (where) => new CheckoutLocationError(`${JSON.stringify(path)} is outside the workspace ${root}${where}.`, MOVE_INSIDE);
    if (!isInside(root, (0,external_node_path_namespaceObject.resolve)(root, path)))
        throw outside('');
    const real = realPath((0,external_node_path_namespaceObject.resolve)(root, path));
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
    const absolute = (0,external_node_path_namespaceObject.resolve)(workspace, path);
    if (!(0,external_node_fs_.existsSync)(absolute))
        return undefined;
    const location = findGitLocation(absolute);
    if (!location)
        return undefined;
    const root = realPath((0,external_node_path_namespaceObject.resolve)(workspace)) ?? (0,external_node_path_namespaceObject.resolve)(workspace);
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

;// CONCATENATED MODULE: ./actions/detect-changed-envs/src/inputs.ts





const REV = /^[A-Za-z0-9_][A-Za-z0-9_./@^~{}-]{0,254}$/;
const inputs_quote = (value) => JSON.stringify(value);
const hasControl = (value) => [...value].some((char) => char.charCodeAt(0) < 0x20 || char === '\x7f');
function revision(inputs, name) {
    const value = inputs.optional(name);
    if (value === undefined || (REV.test(value) && !value.includes('..')))
        return value;
    throw new errors/* InputError */.d(name, `${inputs_quote(value)} is not a commit sha or ref name.`, 'Pass a sha such as ${{ github.event.before }} or a ref such as origin/main.');
}
/** A repository-relative POSIX folder that cannot leave the repository. */
function repositoryFolder(input, value, root) {
    const inside = (0,external_node_path_namespaceObject.relative)(root, (0,external_node_path_namespaceObject.resolve)(root, value));
    const escapes = inside === '..' || inside.startsWith(`..${external_node_path_namespaceObject.sep}`) || (0,external_node_path_namespaceObject.isAbsolute)(inside);
    if ((0,external_node_path_namespaceObject.isAbsolute)(value) || escapes || inside === '' || hasControl(value)) {
        throw new errors/* InputError */.d(input, `${inputs_quote(value)} is not a folder inside the repository.`, 'Give a path relative to the repository root, e.g. infrastructure, k8s, or . for the root.');
    }
    return inside.split(external_node_path_namespaceObject.sep).join('/');
}
/** A repository-relative POSIX file path that cannot leave the repository. */
function repositoryFile(input, value, root) {
    const path = repositoryFolder(input, value, root);
    if (!path.endsWith('/'))
        return path;
    throw new errors/* InputError */.d(input, `${inputs_quote(value)} is a folder, not a file.`);
}
/** Newline, comma or space separated names, or a JSON array of names. */
function environmentNames(inputs) {
    const raw = inputs.string('environments');
    if (raw === '')
        return undefined;
    const names = raw.startsWith('[') ? jsonNames(raw) : raw.split(/[\s,]+/).filter(Boolean);
    for (const name of names) {
        if (!isName(name)) {
            throw new errors/* InputError */.d('environments', `${inputs_quote(name)} is not an environment name.`, 'Use folder names such as staging, production or permanent.');
        }
    }
    return [...new Set(names)];
}
function jsonNames(raw) {
    let parsed;
    try {
        parsed = JSON.parse(raw);
    }
    catch (error) {
        throw new errors/* InputError */.d('environments', `is not valid JSON: ${error.message}.`);
    }
    if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string'))
        return parsed;
    throw new errors/* InputError */.d('environments', 'must be a JSON array of strings.', 'E.g. ["staging"].');
}
function tagPattern(inputs) {
    const pattern = inputs.string('release-tag-pattern') || 'v*';
    if (/^[^-\s]\S{0,199}$/.test(pattern) && !hasControl(pattern))
        return pattern;
    throw new errors/* InputError */.d('release-tag-pattern', `${inputs_quote(pattern)} is not a tag glob.`, 'Use a git tag pattern without spaces, e.g. v*.');
}
function simpleName(inputs, name, fallback) {
    const value = inputs.optional(name) ?? fallback;
    if (/^[A-Za-z0-9_][A-Za-z0-9._/-]{0,200}$/.test(value) && !value.includes('..'))
        return value;
    throw new errors/* InputError */.d(name, `${inputs_quote(value)} is not a valid name.`);
}
function readPayload(path) {
    if (!path)
        return {};
    try {
        const parsed = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        return parsed !== null && typeof parsed === 'object' ? parsed : {};
    }
    catch (error) {
        throw new errors/* ActionError */.l(`Cannot read the event payload at GITHUB_EVENT_PATH=${path}: ${error.message}`, { hint: 'The runner writes this file; run the action in a workflow job.' });
    }
}
function payloadDefaultBranch(payload) {
    const repository = payload.repository;
    const branch = repository?.default_branch;
    return typeof branch === 'string' && branch !== '' ? branch : undefined;
}
function eventContext(env) {
    return {
        name: env.GITHUB_EVENT_NAME ?? '',
        payload: readPayload(env.GITHUB_EVENT_PATH),
        sha: env.GITHUB_SHA || undefined,
        ref: env.GITHUB_REF || undefined,
    };
}
/**
 * The checkout to read: inside the workspace, and so are the git directories it uses (a `.git`
 * file, symlink or parent repository could lead to another repository on the runner).
 */
function repositoryPathOf(inputs, workspace) {
    const value = inputs.string('repository-path') || '.';
    try {
        containedCheckout(workspace, value);
    }
    catch (error) {
        if (!(error instanceof CheckoutLocationError))
            throw error;
        throw new errors/* InputError */.d('repository-path', error.message, error.hint);
    }
    return (0,external_node_path_namespaceObject.resolve)(workspace, value);
}
/** Reads and validates every input once; nothing else reads inputs or env. */
function readSettings(env = process.env) {
    const inputs = createInputReader(env);
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const repositoryPath = repositoryPathOf(inputs, workspace);
    const event = eventContext(env);
    const folder = (name) => {
        const value = inputs.optional(name);
        if (value === undefined)
            return undefined;
        return value.trim() === '.' ? '.' : repositoryFolder(name, value, repositoryPath);
    };
    const configPath = inputs.optional('config');
    const roots = { infrastructure: folder('infrastructure-root'), k8s: folder('k8s-root') };
    return {
        repositoryPath,
        base: revision(inputs, 'base'),
        head: revision(inputs, 'head'),
        config: {
            path: configPath === undefined
                ? DEFAULT_CONFIG_FILE
                : repositoryFile('config', configPath, repositoryPath),
            explicit: configPath !== undefined,
        },
        roots: Object.fromEntries(Object.entries(roots).filter(([, value]) => value !== undefined)),
        environments: environmentNames(inputs),
        failClosed: inputs.optional('fail-closed') === undefined || inputs.boolean('fail-closed'),
        releaseTagPattern: tagPattern(inputs),
        remote: simpleName(inputs, 'remote', 'origin'),
        defaultBranch: simpleName(inputs, 'default-branch', payloadDefaultBranch(event.payload) ?? 'main'),
        event,
    };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(2088);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
;// CONCATENATED MODULE: ./actions/detect-changed-envs/src/release-tags.ts

/**
 * The tags that may be the previous release of `current`, best first: semver versions below
 * it, newest first, without prereleases unless `current` is one. Ancestry is checked by the
 * caller, which takes the first candidate that head contains.
 */
function previousReleaseCandidates(current, tags) {
    const version = semver_default().parse(current);
    if (!version) {
        return {
            kind: 'unordered',
            reason: `release tag '${current}' is not a semantic version, so releases cannot be ordered`,
        };
    }
    const allowPrerelease = version.prerelease.length > 0;
    const earlier = tags.flatMap((tag) => {
        const other = semver_default().parse(tag);
        if (!other || tag === current || semver_default().gte(other, version))
            return [];
        return allowPrerelease || other.prerelease.length === 0 ? [{ tag, other }] : [];
    });
    earlier.sort((a, b) => semver_default().rcompare(a.other, b.other) || a.tag.localeCompare(b.tag));
    return { kind: 'candidates', tags: earlier.map((entry) => entry.tag) };
}

;// CONCATENATED MODULE: ./actions/detect-changed-envs/src/range.ts


/** Commits fetched per deepening step of a shallow clone, before a last `--unshallow`. */
const DEEPEN_STEPS = [50, 250, 1000];
const MAX_TAG_CANDIDATES = 20;
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** The git operations range resolution needs, with shallow clones deepened on demand. */
class History {
    git;
    options;
    constructor(git, options) {
        this.git = git;
        this.options = options;
    }
    async commit(rev) {
        const args = ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`];
        const result = await this.git.run(args, { allowFailure: true });
        return result.exitCode === 0 ? result.stdout.trim() : undefined;
    }
    async shallow() {
        const result = await this.git.run(['rev-parse', '--is-shallow-repository']);
        return result.stdout.trim() === 'true';
    }
    /** rev, fetched from the remote when missing (a sha, or a full ref such as refs/tags/v1). */
    async ensure(rev) {
        const local = await this.commit(rev);
        if (local || !(SHA.test(rev) || rev.startsWith('refs/')))
            return local;
        const target = rev.startsWith('refs/') ? `+${rev}:${rev}` : rev;
        const depth = (await this.shallow()) ? ['--depth=1'] : [];
        this.log(`fetching ${rev} from ${this.options.remote}`);
        await this.fetch([...depth, '--', this.options.remote, target]);
        return this.commit(rev);
    }
    /** The remote's branch, fetched into refs/remotes/<remote>/<branch>. */
    async branch(name) {
        const tracking = `refs/remotes/${this.options.remote}/${name}`;
        const depth = (await this.shallow()) ? ['--depth=1'] : [];
        await this.fetch([...depth, '--', this.options.remote, `+refs/heads/${name}:${tracking}`]);
        return this.commit(tracking);
    }
    /** The merge base of a and b, deepening a shallow clone step by step until it exists. */
    async mergeBase(a, b) {
        for (let step = 0;; step += 1) {
            const result = await this.git.run(['merge-base', a, b], { allowFailure: true });
            if (result.exitCode === 0)
                return result.stdout.trim().split('\n')[0];
            if (step > DEEPEN_STEPS.length || !(await this.shallow()))
                return undefined;
            await this.deepen(DEEPEN_STEPS[step], [a, b]);
        }
    }
    async isAncestor(ancestor, head) {
        return (await this.mergeBase(ancestor, head)) === ancestor;
    }
    /** Local tags matching the pattern, after fetching the remote's tags. */
    async tags(pattern) {
        const depth = (await this.shallow()) ? ['--depth=1'] : [];
        await this.fetch([...depth, '--', this.options.remote, '+refs/tags/*:refs/tags/*']);
        const result = await this.git.run(['tag', '--list', '--', pattern]);
        return result.stdout.split('\n').filter(Boolean);
    }
    async deepen(commits, wants) {
        const how = commits === undefined ? ['--unshallow'] : [`--deepen=${commits}`];
        this.log(`shallow clone: fetching ${how[0]} from ${this.options.remote}`);
        const fetched = await this.fetch([...how, '--', this.options.remote, ...wants]);
        // Some servers refuse wants by sha; the configured refspecs deepen the same boundary.
        if (!fetched)
            await this.fetch([...how, '--', this.options.remote]);
    }
    async fetch(args) {
        const full = ['fetch', '--quiet', '--no-tags', '--no-recurse-submodules', ...args];
        const result = await this.git.run(full, { allowFailure: true });
        if (result.exitCode !== 0)
            this.log(`git ${full.join(' ')}: ${result.stderr.trim()}`);
        return result.exitCode === 0;
    }
    log(message) {
        this.options.log(message);
    }
}
function missing(head, rule, reason) {
    return { head, rule, fallback: { reason, missingBase: true } };
}
async function previousTag(history, head, tag, pattern) {
    const choice = previousReleaseCandidates(tag, await history.tags(pattern));
    if (choice.kind === 'unordered')
        return { reason: choice.reason };
    for (const candidate of choice.tags.slice(0, MAX_TAG_CANDIDATES)) {
        const sha = await history.commit(`refs/tags/${candidate}`);
        if (sha && (await history.isAncestor(sha, head)))
            return { sha, candidate };
    }
    return { reason: `first release: no earlier tag matching '${pattern}' precedes ${tag}` };
}
async function resolveBase(history, head, base, options) {
    if (base.kind === 'commit') {
        const sha = await history.ensure(base.rev);
        if (sha)
            return { head, base: sha, rule: base.rev };
        return missing(head, base.rev, `base ${base.rev} is not in the clone and cannot be fetched`);
    }
    if (base.kind === 'merge-base') {
        const other = (base.sha && (await history.ensure(base.sha))) ||
            (base.branch && (await history.branch(base.branch)));
        const name = base.sha ?? base.branch ?? '';
        const found = other ? await history.mergeBase(head, other) : undefined;
        if (found)
            return { head, base: found, rule: `merge base of ${head} and ${name}` };
        return missing(head, name, `no merge base of ${head} and ${name}, even after deepening`);
    }
    const previous = await previousTag(history, head, base.tag, options.releaseTagPattern);
    if ('sha' in previous && previous.sha) {
        return { head, base: previous.sha, rule: `previous release ${previous.candidate}` };
    }
    return { head, rule: base.tag, fallback: { reason: previous.reason ?? '', missingBase: false } };
}
/** Turns the plan into two commits, fetching and deepening as needed. Fails only on head. */
async function resolveRange(git, plan, options) {
    const history = new History(git, options);
    const head = await history.ensure(plan.head);
    if (!head) {
        throw new errors/* ActionError */.l(`head '${plan.head}' is not a commit in the checkout.`, {
            hint: 'Check it out first (actions/checkout), or pass the head input.',
        });
    }
    if (plan.base.kind === 'everything') {
        return { head, rule: plan.rule, fallback: { reason: plan.base.reason, missingBase: false } };
    }
    const resolved = await resolveBase(history, head, plan.base, options);
    return { ...resolved, rule: `${plan.rule} (${resolved.rule})` };
}

;// CONCATENATED MODULE: ./actions/detect-changed-envs/src/report.ts

/** Output names the action always writes; a target with one of these names gets no boolean. */
const FIXED_OUTPUTS = [
    'environments', 'infrastructure', 'k8s', 'apps', 'any', 'matrix', 'reasons',
    'fallback', 'fallback-reason', 'base', 'head',
]; // prettier-ignore
/** Boolean outputs declared in action.yml: written (false) even when the target is absent. */
const DECLARED_TARGETS = ['staging', 'production', PERMANENT];
/** Chains per target in `reasons`, and per entry in `matrix`: outputs must stay small. */
const MAX_REASONS = 100;
const MAX_MATRIX_REASONS = 20;
const MAX_FALLBACK_TEXT = 4000;
/** Output names the runner accepts, that do not collide with the fixed ones. */
function booleanOutputName(target) {
    return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(target) && !FIXED_OUTPUTS.includes(target);
}
function capped(chains, limit) {
    if (chains.length <= limit)
        return [...chains];
    return [...chains.slice(0, limit), `... and ${chains.length - limit} more`];
}
/** Findings in report order: by target, infrastructure before k8s. */
function sorted(findings, order) {
    const rank = (finding) => order.indexOf(finding.target) * DOMAINS.length + DOMAINS.indexOf(finding.domain);
    return [...findings].sort((a, b) => rank(a) - rank(b));
}
function targetsOf(findings, domain) {
    return findings.filter((finding) => finding.domain === domain).map((finding) => finding.target);
}
function reasonsByTarget(findings) {
    const reasons = {};
    for (const finding of findings)
        (reasons[finding.target] ??= []).push(...finding.chains);
    return Object.fromEntries(Object.entries(reasons).map(([target, chains]) => [target, capped(chains, MAX_REASONS)]));
}
function booleans(findings, universe) {
    const affected = new Set(findings.map((finding) => finding.target));
    const names = [...new Set([...DECLARED_TARGETS, ...universe.order])].filter(booleanOutputName);
    return Object.fromEntries(names.map((name) => [name, affected.has(name)]));
}
/** One matrix entry per finding; per app where overlays are per app. */
function matrixOf(findings) {
    return findings.flatMap((finding) => {
        const entry = {
            environment: finding.target,
            domain: finding.domain,
            ...(finding.paths && { paths: finding.paths }),
            reasons: capped(finding.chains, MAX_MATRIX_REASONS),
        };
        return finding.apps ? finding.apps.map((app) => ({ ...entry, app })) : [entry];
    });
}
/** Environment -> the apps affected there (k8s overlays per app only). */
function report_appsOf(findings) {
    return Object.fromEntries(findings.flatMap((finding) => (finding.apps ? [[finding.target, finding.apps]] : [])));
}
/** Every output, computed once from the detection. */
function outputsOf(detection, universe, range, shared = [PERMANENT]) {
    const findings = sorted(detection.findings, universe.order);
    const infrastructure = targetsOf(findings, 'infrastructure');
    const k8s = targetsOf(findings, 'k8s');
    const environments = universe.order.filter((target) => k8s.includes(target) || (!shared.includes(target) && infrastructure.includes(target)));
    return {
        ...booleans(findings, universe),
        environments,
        infrastructure,
        k8s,
        apps: report_appsOf(findings),
        // Failing closed with no target to name (e.g. no environment found) still says "something".
        any: findings.length > 0 || detection.fallbackReasons.length > 0,
        matrix: { include: matrixOf(findings) },
        reasons: reasonsByTarget(findings),
        fallback: detection.fallbackReasons.length > 0,
        'fallback-reason': detection.fallbackReasons.join('; ').slice(0, MAX_FALLBACK_TEXT),
        base: range.base ?? '',
        head: range.head,
    };
}

;// CONCATENATED MODULE: ./actions/detect-changed-envs/src/summary.ts


/** Per table cell: a summary is for reading, the outputs hold the rest. */
const MAX_CELL_ITEMS = 10;
const MAX_LISTED = 50;
function cellList(items) {
    return capped(items, MAX_CELL_ITEMS)
        .map((item) => (item.startsWith('... and ') ? escapeMarkdown(item) : codeSpan(item)))
        .join('<br>');
}
function row(finding) {
    return [
        codeSpan(finding.target),
        finding.domain,
        cellList(finding.files),
        cellList(finding.chains),
    ];
}
function rangeLine(range) {
    const rule = escapeMarkdown(range.rule);
    if (!range.base)
        return `No base to compare with (${rule}).`;
    return `Compared ${codeSpan(range.base)} with ${codeSpan(range.head)}: ${rule}.`;
}
function listSection(title, paths) {
    if (paths.length === 0)
        return [];
    const shown = capped(paths, MAX_LISTED).map((path) => `- ${codeSpan(path)}`);
    return [details(`${title} (${paths.length})`, shown.join('\n'))];
}
/** The job summary: a table target -> domain -> triggering files -> chains. */
function summaryMarkdown(detection, range, findings) {
    const parts = ['## Changed environments', '', rangeLine(range), ''];
    if (detection.fallbackReasons.length > 0) {
        parts.push('**Fallback** (reported because it could not be ruled out):', '');
        parts.push(...detection.fallbackReasons.map((reason) => `- ${escapeMarkdown(reason)}`), '');
    }
    parts.push(findings.length === 0
        ? 'Nothing affected.'
        : markdownTable(['Target', 'Domain', 'Triggering files', 'Chains'], findings.map(row)), '');
    parts.push(...listSection('Documentation only, affects nothing', detection.ignored));
    parts.push(...listSection('Claimed by no unit, overlay or environment', detection.unattributed));
    return `${parts.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./actions/detect-changed-envs/src/targets.ts

/** Declared environments in their order, then the others by name, shared targets last. */
function reportOrder(layout) {
    const declared = layout.fleet.environments ?? [];
    const rank = (name) => {
        if (layout.shared.includes(name))
            return [2, layout.shared.indexOf(name)];
        if (declared.includes(name))
            return [0, declared.indexOf(name)];
        return [1, 0];
    };
    return (a, b) => {
        const [ra, rb] = [rank(a), rank(b)];
        return ra[0] - rb[0] || ra[1] - rb[1] || a.localeCompare(b);
    };
}
/**
 * The targets found at head and base (a target deleted by the change is still reported),
 * narrowed to the environments input when given, in its order.
 */
function targetUniverse(trees, layout, narrow) {
    const order = reportOrder(layout);
    const discovered = (domain) => [...new Set(trees.flatMap((tree) => tree[domain].targets))].sort(order);
    const found = { infrastructure: discovered('infrastructure'), k8s: discovered('k8s') };
    const everyone = [...new Set([...found.infrastructure, ...found.k8s])].sort(order);
    const undeclared = (layout.fleet.environments ?? []).filter((name) => !everyone.includes(name));
    if (!narrow)
        return { byDomain: found, order: everyone, unknown: [], undeclared };
    const keep = (domain) => narrow.filter((name) => found[domain].includes(name));
    const byDomain = Object.fromEntries(DOMAINS.map((domain) => [domain, keep(domain)]));
    const unknown = narrow.filter((name) => !everyone.includes(name));
    return { byDomain, order: narrow.filter((name) => everyone.includes(name)), unknown, undeclared };
}

;// CONCATENATED MODULE: ./actions/detect-changed-envs/src/main.ts














async function assertRepository(git, settings) {
    const result = await git.run(['rev-parse', '--git-dir'], { allowFailure: true });
    if (result.exitCode === 0)
        return;
    throw new errors/* ActionError */.l(`${settings.repositoryPath} is not a git checkout.`, {
        hint: 'Run actions/checkout first, or set repository-path.',
    });
}
/** The layout (infra-fleet.yaml at head) and the graphs at head and, when it can tell more, at base. */
async function scansOf(git, revs, settings) {
    const readers = revs.map((rev) => gitTreeReader(git, rev));
    try {
        const head = readers[0];
        const layout = createLayout(await fleetAt(head, settings));
        const scans = await Promise.all(readers.map((reader) => scanTree(reader, layout)));
        await checkExplicitLayout(head, layout, scans.map((scan) => scan.graphs));
        return { layout, scans };
    }
    finally {
        readers.forEach((reader) => reader.close());
    }
}
/** Folder names that would reach a matrix or a shell unvalidated stop the run, named. */
function refuseInvalidTargets(scans) {
    const invalid = [
        ...new Map(scans.flatMap((scan) => scan.invalid).map((i) => [i.folder, i])).values(),
    ];
    if (invalid.length === 0)
        return;
    const list = invalid.map((item) => `${JSON.stringify(item.folder)} (${item.message})`);
    throw new errors/* ActionError */.l(`Folders in environment positions have names that are not valid: ${list.join('; ')}.`, {
        hint: `Rename them (${NAME_RULE}), or start their names with "_" if they are not environments.`,
    });
}
function everythingReason(settings, range, changes) {
    if (!range.base)
        return range.fallback?.reason ?? 'no base';
    if (changes.some((change) => touchedPaths(change).includes(settings.config.path)))
        return `${settings.config.path} changed, so the layout itself may have changed`;
    return undefined;
}
async function resolve(git, settings, log) {
    const plan = planRange({ ...settings, event: settings.event });
    const range = await resolveRange(git, plan, { ...settings, log: log.info });
    if (range.fallback?.missingBase && !settings.failClosed) {
        throw new errors/* ActionError */.l(`${range.fallback.reason}.`, {
            hint: 'Fetch more history (actions/checkout fetch-depth: 0) or pass base; with fail-closed: true every target is reported instead.',
        });
    }
    log.info(`Base rule: ${range.rule}; base ${range.base ?? '(none)'}, head ${range.head}.`);
    return range;
}
function logResult(log, detection, universe, outside) {
    for (const reason of detection.fallbackReasons)
        log.warning(`Failing closed: ${reason}`);
    for (const text of detection.warnings)
        log.warning(text);
    if (universe.unknown.length > 0) {
        log.warning(`environments input names ${universe.unknown.join(', ')}, found in neither tree.`);
    }
    if (universe.undeclared.length > 0) {
        log.warning(`infra-fleet.yaml declares ${universe.undeclared.join(', ')}, found in neither tree.`);
    }
    if (universe.order.length === 0) {
        log.warning('No environments found: describe the layout in infra-fleet.yaml (or set infrastructure-root and k8s-root).');
    }
    if (outside.length > 0) {
        log.warning(`Units outside every environment and shared folder, never reported: ${outside.join(', ')}.`);
    }
    for (const finding of sorted(detection.findings, universe.order)) {
        log.info(`${finding.target} (${finding.domain}): ${finding.chains.length} reason(s)`);
    }
}
/** Read (git, both trees) -> decide (detect) -> the outputs and the summary, nothing written. */
async function detectChanges(settings, log = { info: protocol/* info */.pq, warning: protocol/* warning */.$e }) {
    const git = new Git({ cwd: settings.repositoryPath });
    await assertRepository(git, settings);
    const range = await resolve(git, settings, log);
    const changes = range.base ? await changedFiles(git, range.base, range.head) : [];
    log.info(`${changes.length} changed file(s).`);
    const base = range.base && baseGraphNeeded(changes) ? [range.base] : [];
    if (range.base && base.length === 0)
        log.info('Nothing was deleted or renamed: the head graph attributes every change.');
    const { layout, scans } = await scansOf(git, [range.head, ...base], settings);
    refuseInvalidTargets(scans);
    const trees = scans.map((scan) => scan.graphs);
    const universe = targetUniverse(trees, layout, settings.environments);
    const detection = detect({
        changes,
        trees,
        layout,
        universe: universe.byDomain,
        everything: everythingReason(settings, range, changes),
        failClosed: settings.failClosed,
    });
    logResult(log, detection, universe, [...new Set(scans.flatMap((scan) => scan.outside))]);
    const summary = summaryMarkdown(detection, range, sorted(detection.findings, universe.order));
    const outputs = outputsOf(detection, universe, range, layout.shared);
    return { range, detection, outputs, summary, layout };
}
async function run(env = process.env) {
    const result = await detectChanges(readSettings(env));
    await appendSummary(result.summary);
    writeOutputs(result.outputs);
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

/***/ 2411:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ debug),
  pq: () => (/* binding */ info),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: appendFileCommand, endGroup, error, formatCommand, group, issueCommand, notice, setSecret, startGroup

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./packages/action-kit/src/protocol.ts
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
    process.stdout.write(formatCommand(command, message, properties) + external_node_os_.EOL);
}
/** Appends `name<<DELIMITER` ... to a file command (GITHUB_OUTPUT, GITHUB_ENV, ...). */
function appendFileCommand(variable, name, value) {
    const file = process.env[variable];
    if (!file)
        return false;
    const delimiter = `ghadelimiter_${(0,external_node_crypto_namespaceObject.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected input: the ${variable} value contains its delimiter.`);
    }
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
    return true;
}
const info = (message) => void process.stdout.write(message + external_node_os_.EOL);
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
/* harmony import */ var _protocol_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2411);
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

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

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
__webpack_unused_export__ = identity.isAlias;
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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(1325);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
