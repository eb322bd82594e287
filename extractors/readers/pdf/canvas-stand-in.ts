/**
 * What pdfjs-dist's Node build wants from the native `@napi-rs/canvas` package, which it loads at
 * import only to polyfill DOMMatrix, ImageData and Path2D for rendering. We never render, and the
 * native package costs ~37 MB of memory per process, so pdfjs is handed this instead: a real 2-D
 * affine DOMMatrix (the worker uses one to compile Type 3 glyph masks) and empty ImageData/Path2D.
 */
import { Module } from 'node:module';

const CANVAS_PACKAGE = '@napi-rs/canvas';

/** The affine matrix [a c e; b d f; 0 0 1], with the methods pdfjs calls. */
export class DOMMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;

  constructor(init?: ArrayLike<number>) {
    if (init && init.length >= 6)
      [this.a, this.b, this.c, this.d, this.e, this.f] = Array.from(init).slice(0, 6) as [number, number, number, number, number, number];
  }

  multiplySelf(other: DOMMatrix): this {
    return this.set(
      this.a * other.a + this.c * other.b,
      this.b * other.a + this.d * other.b,
      this.a * other.c + this.c * other.d,
      this.b * other.c + this.d * other.d,
      this.a * other.e + this.c * other.f + this.e,
      this.b * other.e + this.d * other.f + this.f,
    );
  }

  preMultiplySelf(other: DOMMatrix): this {
    const product = new DOMMatrix([other.a, other.b, other.c, other.d, other.e, other.f]).multiplySelf(this);
    return this.set(product.a, product.b, product.c, product.d, product.e, product.f);
  }

  translateSelf(x = 0, y = 0): this {
    return this.multiplySelf(new DOMMatrix([1, 0, 0, 1, x, y]));
  }

  scaleSelf(x = 1, y = x): this {
    return this.multiplySelf(new DOMMatrix([x, 0, 0, y, 0, 0]));
  }

  translate(x = 0, y = 0): DOMMatrix {
    return this.copy().translateSelf(x, y);
  }

  scale(x = 1, y = x): DOMMatrix {
    return this.copy().scaleSelf(x, y);
  }

  invertSelf(): this {
    const determinant = this.a * this.d - this.b * this.c;
    if (determinant === 0) return this.set(NaN, NaN, NaN, NaN, NaN, NaN);
    return this.set(
      this.d / determinant,
      -this.b / determinant,
      -this.c / determinant,
      this.a / determinant,
      (this.c * this.f - this.d * this.e) / determinant,
      (this.b * this.e - this.a * this.f) / determinant,
    );
  }

  private copy(): DOMMatrix {
    return new DOMMatrix([this.a, this.b, this.c, this.d, this.e, this.f]);
  }

  private set(a: number, b: number, c: number, d: number, e: number, f: number): this {
    Object.assign(this, { a, b, c, d, e, f });
    return this;
  }
}

class ImageData {}
class Path2D {}

const STAND_IN = { DOMMatrix, ImageData, Path2D };

interface ModuleLoader {
  _load(request: string, ...rest: unknown[]): unknown;
}

/**
 * Runs `load` (the pdfjs imports) with `require("@napi-rs/canvas")` answered by the stand-in.
 * Module._load is how every CommonJS require resolves, pdfjs's createRequire included.
 */
export async function withoutNativeCanvas<T>(load: () => Promise<T>): Promise<T> {
  const loader = Module as unknown as ModuleLoader;
  const original = loader._load;
  loader._load = function (this: unknown, request: string, ...rest: unknown[]): unknown {
    return request === CANVAS_PACKAGE ? STAND_IN : original.call(this, request, ...rest);
  };
  try {
    return await load();
  } finally {
    loader._load = original;
  }
}
