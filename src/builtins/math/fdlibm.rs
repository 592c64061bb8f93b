//! fdlibm's double-precision functions as V8 13 (Node 24) has them in
//! `src/base/ieee754.cc`, so that `Math.sin` and the rest give Node's results to the
//! last bit. The platform's libm and musl's port (the `libm` crate) use other argument
//! reductions and polynomials and round differently for some inputs.
//!
//! Each function follows V8's routine of the same name step by step: the order of the
//! floating-point operations is the algorithm, so expressions are kept as written
//! there (no reassociation, no fused multiply-add). Special values return what V8
//! returns; a NaN is any NaN, as JavaScript cannot tell them apart.
//!
//! The constants keep fdlibm's decimal spelling (each parses to the bit pattern fdlibm
//! intends), so that they can be checked against the source digit for digit; hence
//! the lints about excess digits and near-equal `std` constants are off here.
#![allow(clippy::excessive_precision, clippy::approx_constant)]

/// The high 32 bits of `x` (sign, exponent and the top 20 bits of the fraction).
fn high(x: f64) -> i32 {
    (x.to_bits() >> 32) as i32
}

/// The low 32 bits of `x`'s fraction.
fn low(x: f64) -> u32 {
    x.to_bits() as u32
}

/// The double whose high and low words are `hi` and `lo` (fdlibm's INSERT_WORDS).
fn from_words(hi: i32, lo: u32) -> f64 {
    f64::from_bits((u64::from(hi as u32) << 32) | u64::from(lo))
}

/// `x` with its high word replaced (SET_HIGH_WORD).
fn with_high(x: f64, hi: i32) -> f64 {
    from_words(hi, low(x))
}

/// `x` with its low word replaced (SET_LOW_WORD).
fn with_low(x: f64, lo: u32) -> f64 {
    from_words(high(x), lo)
}

/// x * 2^n, exactly as C's scalbn (only needed for moderate `n` here).
fn scalbn(x: f64, n: i32) -> f64 {
    const TWO1023: f64 = 8.988_465_674_311_579e307;
    const TWOM1022: f64 = 2.2250738585072014e-308;
    const TWO53: f64 = 9_007_199_254_740_992.0;
    let mut y = x;
    let mut n = n;
    if n > 1023 {
        y *= TWO1023;
        n -= 1023;
        if n > 1023 {
            y *= TWO1023;
            n = (n - 1023).min(1023);
        }
    } else if n < -1022 {
        // Scale down in two steps that keep the intermediate normal, so the result
        // is rounded once.
        y *= TWOM1022 * TWO53;
        n += 1022 - 53;
        if n < -1022 {
            y *= TWOM1022 * TWO53;
            n = (n + 1022 - 53).max(-1022);
        }
    }
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}

/// `__ieee754_rem_pio2`: x - n*pi/2 as y0 + y1 with |y0 + y1| <= pi/4, and n.
fn rem_pio2(x: f64) -> (i32, f64, f64) {
    // 396 hex digits of 2/pi, 24 bits at a time.
    const TWO_OVER_PI: [i32; 66] = [
        0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C, 0x439041, 0xFE5163,
        0xABDEBB, 0xC561B7, 0x246E3A, 0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129,
        0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C,
        0x845F8B, 0xBDF928, 0x3B1FF8, 0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF,
        0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5, 0xF17B3D, 0x0739F7, 0x8A5292,
        0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3,
        0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880, 0x4D7327, 0x310606, 0x1556CA,
        0x73A8C9, 0x60E27B, 0xC08C6B,
    ];
    // High words of n*pi/2 for n = 1..32, where the quick reduction may cancel.
    const NPIO2_HW: [i32; 32] = [
        0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C, 0x4025FDBB,
        0x402921FB, 0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C, 0x40346B9C, 0x4035FDBB,
        0x40378FDB, 0x403921FB, 0x403AB41B, 0x403C463A, 0x403DD85A, 0x403F6A7A, 0x40407E4C,
        0x4041475C, 0x4042106C, 0x4042D97C, 0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB,
        0x4046C6CB, 0x40478FDB, 0x404858EB, 0x404921FB,
    ];
    const TWO24: f64 = 1.67772160000000000000e+07;
    const INVPIO2: f64 = 6.36619772367581382433e-01;
    const PIO2_1: f64 = 1.57079632673412561417e+00;
    const PIO2_1T: f64 = 6.07710050650619224932e-11;
    const PIO2_2: f64 = 6.07710050630396597660e-11;
    const PIO2_2T: f64 = 2.02226624879595063154e-21;
    const PIO2_3: f64 = 2.02226624871116645580e-21;
    const PIO2_3T: f64 = 8.47842766036889956997e-32;

    let hx = high(x);
    let ix = hx & 0x7FFFFFFF;
    if ix <= 0x3FE921FB {
        return (0, x, 0.0);
    }
    if ix < 0x4002D97C {
        // |x| < 3pi/4: n = ±1.
        return if hx > 0 {
            let mut z = x - PIO2_1;
            if ix != 0x3FF921FB {
                let y0 = z - PIO2_1T;
                (1, y0, (z - y0) - PIO2_1T)
            } else {
                // Near pi/2: 33+33+53 bits of pi.
                z -= PIO2_2;
                let y0 = z - PIO2_2T;
                (1, y0, (z - y0) - PIO2_2T)
            }
        } else {
            let mut z = x + PIO2_1;
            if ix != 0x3FF921FB {
                let y0 = z + PIO2_1T;
                (-1, y0, (z - y0) + PIO2_1T)
            } else {
                z += PIO2_2;
                let y0 = z + PIO2_2T;
                (-1, y0, (z - y0) + PIO2_2T)
            }
        };
    }
    if ix <= 0x413921FB {
        // |x| ~<= 2^19*(pi/2): medium size.
        let t = x.abs();
        let n = (t * INVPIO2 + 0.5) as i32;
        let fn_ = f64::from(n);
        let mut r = t - fn_ * PIO2_1;
        let mut w = fn_ * PIO2_1T;
        let mut y0;
        if n < 32 && ix != NPIO2_HW[(n - 1) as usize] {
            y0 = r - w;
        } else {
            let j = ix >> 20;
            y0 = r - w;
            let mut i = j - ((high(y0) >> 20) & 0x7FF);
            // r - n*(part + tail): the new r, and in w the tail plus the rounding
            // error of n*part.
            let step = |t: f64, part: f64, tail: f64| {
                let w = fn_ * part;
                let r = t - w;
                (r, fn_ * tail - ((t - r) - w))
            };
            if i > 16 {
                // A second iteration, good to 118 bits.
                (r, w) = step(r, PIO2_2, PIO2_2T);
                y0 = r - w;
                i = j - ((high(y0) >> 20) & 0x7FF);
                if i > 49 {
                    // A third, 151 bits: covers all cases.
                    (r, w) = step(r, PIO2_3, PIO2_3T);
                    y0 = r - w;
                }
            }
        }
        let y1 = (r - y0) - w;
        return if hx < 0 { (-n, -y0, -y1) } else { (n, y0, y1) };
    }
    if ix >= 0x7FF00000 {
        return (0, f64::NAN, f64::NAN);
    }
    // Large arguments: split |x| into three 24-bit pieces for __kernel_rem_pio2.
    let e0 = (ix >> 20) - 1046;
    let mut z = from_words(ix.wrapping_sub(((e0 as u32) << 20) as i32), low(x));
    let mut tx = [0.0f64; 3];
    for t in tx.iter_mut().take(2) {
        *t = f64::from(z as i32);
        z = (z - *t) * TWO24;
    }
    tx[2] = z;
    let mut nx = 3;
    while tx[nx - 1] == 0.0 {
        nx -= 1;
    }
    let (n, y0, y1) = kernel_rem_pio2(&tx[..nx], e0, &TWO_OVER_PI);
    if hx < 0 { (-n, -y0, -y1) } else { (n, y0, y1) }
}

/// `__kernel_rem_pio2` for double precision (prec = 2 in fdlibm's terms): the last
/// three bits of n and the remainder y0 + y1 of x = 2^e0 * (x[0] + x[1]*2^-24 + ...)
/// modulo pi/2.
fn kernel_rem_pio2(x: &[f64], e0: i32, ipio2: &[i32]) -> (i32, f64, f64) {
    const PIO2: [f64; 8] = [
        1.57079625129699707031e+00,
        7.54978941586159635335e-08,
        5.39030252995776476554e-15,
        3.28200341580791294123e-22,
        1.27065575308067607349e-29,
        1.22933308981111328932e-36,
        2.73370053816464559624e-44,
        2.16741683877804819444e-51,
    ];
    const TWO24: f64 = 1.67772160000000000000e+07;
    const TWON24: f64 = 5.96046447753906250000e-08;
    let jk: i32 = 4;
    let jp = jk;
    let nx = x.len() as i32;
    let jx = nx - 1;
    let jv = ((e0 - 3) / 24).max(0);
    let mut q0 = e0 - 24 * (jv + 1);

    let mut f = [0.0f64; 20];
    let mut q = [0.0f64; 20];
    let mut fq = [0.0f64; 20];
    let mut iq = [0i32; 20];

    // f[0..=jx+jk] = ipio2[jv-jx..=jv+jk], zero below the table.
    for (j, slot) in (jv - jx..).zip(f.iter_mut().take((jx + jk + 1) as usize)) {
        *slot = if j < 0 {
            0.0
        } else {
            f64::from(ipio2[j as usize])
        };
    }
    let product = |f: &[f64; 20], i: i32| {
        let mut fw = 0.0;
        for j in 0..=jx {
            fw += x[j as usize] * f[(jx + i - j) as usize];
        }
        fw
    };
    for i in 0..=jk {
        q[i as usize] = product(&f, i);
    }

    let mut jz = jk;
    let mut n;
    let mut z;
    let mut ih;
    loop {
        // Distill q[] into iq[], most significant last.
        let mut i = 0usize;
        let mut j = jz;
        z = q[jz as usize];
        while j > 0 {
            let fw = f64::from((TWON24 * z) as i32);
            iq[i] = (z - TWO24 * fw) as i32;
            z = q[(j - 1) as usize] + fw;
            i += 1;
            j -= 1;
        }

        // The integer part n (mod 8) and the fraction.
        z = scalbn(z, q0);
        z -= 8.0 * (z * 0.125).floor();
        n = z as i32;
        z -= f64::from(n);
        ih = 0;
        if q0 > 0 {
            let top = jz as usize - 1;
            let i = iq[top] >> (24 - q0);
            n += i;
            iq[top] -= i << (24 - q0);
            ih = iq[top] >> (23 - q0);
        } else if q0 == 0 {
            ih = iq[jz as usize - 1] >> 23;
        } else if z >= 0.5 {
            ih = 2;
        }

        if ih > 0 {
            // q > 0.5: use 1 - q.
            n += 1;
            let mut carry = 0;
            for slot in iq.iter_mut().take(jz as usize) {
                let j = *slot;
                if carry == 0 {
                    if j != 0 {
                        carry = 1;
                        *slot = 0x1000000 - j;
                    }
                } else {
                    *slot = 0xFFFFFF - j;
                }
            }
            if q0 > 0 {
                let top = jz as usize - 1;
                match q0 {
                    1 => iq[top] &= 0x7FFFFF,
                    2 => iq[top] &= 0x3FFFFF,
                    _ => {}
                }
            }
            if ih == 2 {
                z = 1.0 - z;
                if carry != 0 {
                    z -= scalbn(1.0, q0);
                }
            }
        }

        // All the bits so far cancelled: take more terms of 2/pi.
        if z == 0.0 {
            let mut j = 0;
            let mut i = jz - 1;
            while i >= jk {
                j |= iq[i as usize];
                i -= 1;
            }
            if j == 0 {
                let mut k = 1;
                while jk >= k && iq[(jk - k) as usize] == 0 {
                    k += 1;
                }
                for i in jz + 1..=jz + k {
                    f[(jx + i) as usize] = f64::from(ipio2[(jv + i) as usize]);
                    q[i as usize] = product(&f, i);
                }
                jz += k;
                continue;
            }
        }
        break;
    }

    // Chop off zero terms, or break z into 24-bit pieces.
    if z == 0.0 {
        jz -= 1;
        q0 -= 24;
        while iq[jz as usize] == 0 {
            jz -= 1;
            q0 -= 24;
        }
    } else {
        z = scalbn(z, -q0);
        if z >= TWO24 {
            let fw = f64::from((TWON24 * z) as i32);
            iq[jz as usize] = (z - TWO24 * fw) as i32;
            jz += 1;
            q0 += 24;
            iq[jz as usize] = fw as i32;
        } else {
            iq[jz as usize] = z as i32;
        }
    }

    // The integer chunks as floating-point values.
    let mut fw = scalbn(1.0, q0);
    let mut i = jz;
    while i >= 0 {
        q[i as usize] = fw * f64::from(iq[i as usize]);
        fw *= TWON24;
        i -= 1;
    }

    // PIo2[0..=jp] * q[jz..=0].
    let mut i = jz;
    while i >= 0 {
        let mut fw = 0.0;
        let mut k = 0;
        while k <= jp && k <= jz - i {
            fw += PIO2[k as usize] * q[(i + k) as usize];
            k += 1;
        }
        fq[(jz - i) as usize] = fw;
        i -= 1;
    }

    // Compress fq[] into y0 + y1.
    let mut fw = 0.0;
    let mut i = jz;
    while i >= 0 {
        fw += fq[i as usize];
        i -= 1;
    }
    let y0 = if ih == 0 { fw } else { -fw };
    let mut fw = fq[0] - fw;
    for v in fq.iter().take(jz as usize + 1).skip(1) {
        fw += v;
    }
    let y1 = if ih == 0 { fw } else { -fw };
    (n & 7, y0, y1)
}

/// `__kernel_sin`: sin(x + y) on [-pi/4, pi/4]; `iy` says whether the tail y is used.
fn kernel_sin(x: f64, y: f64, iy: bool) -> f64 {
    const S1: f64 = -1.66666666666666324348e-01;
    const S2: f64 = 8.33333333332248946124e-03;
    const S3: f64 = -1.98412698298579493134e-04;
    const S4: f64 = 2.75573137070700676789e-06;
    const S5: f64 = -2.50507602534068634195e-08;
    const S6: f64 = 1.58969099521155010221e-10;
    let ix = high(x) & 0x7FFFFFFF;
    if ix < 0x3E400000 && x as i32 == 0 {
        return x;
    }
    let z = x * x;
    let v = z * x;
    let r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
    if iy {
        x - ((z * (0.5 * y - v * r) - y) - v * S1)
    } else {
        x + v * (S1 + z * r)
    }
}

/// `__kernel_cos`: cos(x + y) on [-pi/4, pi/4].
fn kernel_cos(x: f64, y: f64) -> f64 {
    const C1: f64 = 4.16666666666666019037e-02;
    const C2: f64 = -1.38888888888741095749e-03;
    const C3: f64 = 2.48015872894767294178e-05;
    const C4: f64 = -2.75573143513906633035e-07;
    const C5: f64 = 2.08757232129817482790e-09;
    const C6: f64 = -1.13596475577881948265e-11;
    let ix = high(x) & 0x7FFFFFFF;
    if ix < 0x3E400000 && x as i32 == 0 {
        return 1.0;
    }
    let z = x * x;
    let r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
    if ix < 0x3FD33333 {
        return 1.0 - (0.5 * z - (z * r - x * y));
    }
    // For |x| > 0.3, take qx = |x|/4 (0.28125 past 0.78125) off exactly first.
    let qx = if ix > 0x3FE90000 {
        0.28125
    } else {
        from_words(ix - 0x00200000, 0)
    };
    let iz = 0.5 * z - qx;
    let a = 1.0 - qx;
    a - (iz - (z * r - x * y))
}

/// `__kernel_tan`: tan(x + y) on [-pi/4, pi/4] when `iy` is 1, -1/tan(x + y) when -1.
fn kernel_tan(x: f64, y: f64, iy: i32) -> f64 {
    const T: [f64; 13] = [
        3.33333333333334091986e-01,
        1.33333333333201242699e-01,
        5.39682539762260521377e-02,
        2.18694882948595424599e-02,
        8.86323982359930005737e-03,
        3.59207910759131235356e-03,
        1.45620945432529025516e-03,
        5.88041240820264096874e-04,
        2.46463134818469906812e-04,
        7.81794442939557092300e-05,
        7.14072491382608190305e-05,
        -1.85586374855275456654e-05,
        2.59073051863633712884e-05,
    ];
    const PIO4: f64 = 7.85398163397448278999e-01;
    const PIO4LO: f64 = 3.06161699786838301793e-17;
    let (mut x, mut y) = (x, y);
    let hx = high(x);
    let ix = hx & 0x7FFFFFFF;
    if ix < 0x3E300000 && x as i32 == 0 {
        // |x| < 2^-28.
        if ((ix as u32 | low(x)) | (iy + 1) as u32) == 0 {
            return 1.0 / x.abs();
        }
        if iy == 1 {
            return x;
        }
        // -1/(x + y), carefully.
        let w = x + y;
        let z = with_low(w, 0);
        let v = y - (z - x);
        let a = -1.0 / w;
        let t = with_low(a, 0);
        let s = 1.0 + t * z;
        return t + a * (s + t * v);
    }
    if ix >= 0x3FE59428 {
        // |x| >= 0.6744: tan(pi/4 - y') instead.
        if hx < 0 {
            x = -x;
            y = -y;
        }
        let z = PIO4 - x;
        let w = PIO4LO - y;
        x = z + w;
        y = 0.0;
    }
    let z = x * x;
    let w = z * z;
    // x^5 (T1 + x^4 T3 + ...) + x^5 (x^2 (T2 + x^4 T4 + ...)).
    let r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
    let v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
    let s = z * x;
    let mut r = y + z * (s * (r + v) + y);
    r += T[0] * s;
    let w = x + r;
    if ix >= 0x3FE59428 {
        let v = f64::from(iy);
        return f64::from(1 - ((hx >> 30) & 2)) * (v - 2.0 * (x - (w * w / (w + v) - r)));
    }
    if iy == 1 {
        return w;
    }
    // -1/(x + r), accurately.
    let z = with_low(w, 0);
    let v = r - (z - x);
    let a = -1.0 / w;
    let t = with_low(a, 0);
    let s = 1.0 + t * z;
    t + a * (s + t * v)
}

/// V8's `sin`.
pub fn sin(x: f64) -> f64 {
    let ix = high(x) & 0x7FFFFFFF;
    if ix <= 0x3FE921FB {
        return kernel_sin(x, 0.0, false);
    }
    if ix >= 0x7FF00000 {
        // Infinity or NaN.
        return f64::NAN;
    }
    let (n, y0, y1) = rem_pio2(x);
    match n & 3 {
        0 => kernel_sin(y0, y1, true),
        1 => kernel_cos(y0, y1),
        2 => -kernel_sin(y0, y1, true),
        _ => -kernel_cos(y0, y1),
    }
}

/// V8's `cos`.
pub fn cos(x: f64) -> f64 {
    let ix = high(x) & 0x7FFFFFFF;
    if ix <= 0x3FE921FB {
        return kernel_cos(x, 0.0);
    }
    if ix >= 0x7FF00000 {
        // Infinity or NaN.
        return f64::NAN;
    }
    let (n, y0, y1) = rem_pio2(x);
    match n & 3 {
        0 => kernel_cos(y0, y1),
        1 => -kernel_sin(y0, y1, true),
        2 => -kernel_cos(y0, y1),
        _ => kernel_sin(y0, y1, true),
    }
}

/// V8's `tan`.
pub fn tan(x: f64) -> f64 {
    let ix = high(x) & 0x7FFFFFFF;
    if ix <= 0x3FE921FB {
        return kernel_tan(x, 0.0, 1);
    }
    if ix >= 0x7FF00000 {
        // Infinity or NaN.
        return f64::NAN;
    }
    let (n, y0, y1) = rem_pio2(x);
    kernel_tan(y0, y1, 1 - ((n & 1) << 1))
}

/// The rational approximation R(z) of (asin(x) - x)/x^3 at z = x^2 that asin and acos
/// share.
fn asin_r(z: f64) -> f64 {
    const PS0: f64 = 1.66666666666666657415e-01;
    const PS1: f64 = -3.25565818622400915405e-01;
    const PS2: f64 = 2.01212532134862925881e-01;
    const PS3: f64 = -4.00555345006794114027e-02;
    const PS4: f64 = 7.91534994289814532176e-04;
    const PS5: f64 = 3.47933107596021167570e-05;
    const QS1: f64 = -2.40339491173441421878e+00;
    const QS2: f64 = 2.02094576023350569471e+00;
    const QS3: f64 = -6.88283971605453293030e-01;
    const QS4: f64 = 7.70381505559019352791e-02;
    let p = z * (PS0 + z * (PS1 + z * (PS2 + z * (PS3 + z * (PS4 + z * PS5)))));
    let q = 1.0 + z * (QS1 + z * (QS2 + z * (QS3 + z * QS4)));
    p / q
}

const PIO2_HI: f64 = 1.57079632679489655800e+00;
const PIO2_LO: f64 = 6.12323399573676603587e-17;
const PI: f64 = 3.14159265358979311600e+00;

/// V8's `acos`.
pub fn acos(x: f64) -> f64 {
    let hx = high(x);
    let ix = hx & 0x7FFFFFFF;
    if ix >= 0x3FF00000 {
        if ((ix - 0x3FF00000) as u32 | low(x)) == 0 {
            return if hx > 0 { 0.0 } else { PI + 2.0 * PIO2_LO };
        }
        return f64::NAN;
    }
    if ix < 0x3FE00000 {
        // |x| < 0.5.
        if ix <= 0x3C600000 {
            return PIO2_HI + PIO2_LO;
        }
        let r = asin_r(x * x);
        return PIO2_HI - (x - (PIO2_LO - x * r));
    }
    if hx < 0 {
        // x < -0.5.
        let z = (1.0 + x) * 0.5;
        let s = z.sqrt();
        let r = asin_r(z);
        let w = r * s - PIO2_LO;
        return PI - 2.0 * (s + w);
    }
    // x > 0.5.
    let z = (1.0 - x) * 0.5;
    let s = z.sqrt();
    let df = with_low(s, 0);
    let c = (z - df * df) / (s + df);
    let r = asin_r(z);
    let w = r * s + c;
    2.0 * (df + w)
}

/// V8's `asin`.
pub fn asin(x: f64) -> f64 {
    const PIO4_HI: f64 = 7.85398163397448278999e-01;
    let hx = high(x);
    let ix = hx & 0x7FFFFFFF;
    if ix >= 0x3FF00000 {
        if ((ix - 0x3FF00000) as u32 | low(x)) == 0 {
            return x * PIO2_HI + x * PIO2_LO;
        }
        return f64::NAN;
    }
    if ix < 0x3FE00000 {
        // |x| < 0.5; below 2^-27 asin(x) rounds to x.
        if ix < 0x3E400000 {
            return x;
        }
        let w = asin_r(x * x);
        return x + x * w;
    }
    let w = 1.0 - x.abs();
    let t = w * 0.5;
    let r = asin_r(t);
    let s = t.sqrt();
    let t = if ix >= 0x3FEF3333 {
        // |x| > 0.975.
        PIO2_HI - (2.0 * (s + s * r) - PIO2_LO)
    } else {
        let w = with_low(s, 0);
        let c = (t - w * w) / (s + w);
        let p = 2.0 * s * r - (PIO2_LO - 2.0 * c);
        let q = PIO4_HI - 2.0 * w;
        PIO4_HI - (p - q)
    };
    if hx > 0 { t } else { -t }
}

const LN2: f64 = 6.93147180559945286227e-01;

/// V8's `acosh`.
pub fn acosh(x: f64) -> f64 {
    let hx = high(x);
    if hx < 0x3FF00000 {
        return f64::NAN;
    }
    if hx >= 0x41B00000 {
        // x > 2^28 (or Infinity, NaN).
        return if hx >= 0x7FF00000 {
            x + x
        } else {
            log(x) + LN2
        };
    }
    if ((hx - 0x3FF00000) as u32 | low(x)) == 0 {
        return 0.0;
    }
    if hx > 0x40000000 {
        let t = x * x;
        return log(2.0 * x - 1.0 / (x + (t - 1.0).sqrt()));
    }
    let t = x - 1.0;
    log1p(t + (2.0 * t + t * t).sqrt())
}

/// V8's `asinh`.
pub fn asinh(x: f64) -> f64 {
    let hx = high(x);
    let ix = hx & 0x7FFFFFFF;
    if ix >= 0x7FF00000 {
        return x + x;
    }
    if ix < 0x3E300000 {
        return x;
    }
    let w = if ix > 0x41B00000 {
        log(x.abs()) + LN2
    } else if ix > 0x40000000 {
        let t = x.abs();
        log(2.0 * t + 1.0 / ((x * x + 1.0).sqrt() + t))
    } else {
        let t = x * x;
        log1p(x.abs() + t / (1.0 + (1.0 + t).sqrt()))
    };
    if hx > 0 { w } else { -w }
}

/// V8's `atan`.
pub fn atan(x: f64) -> f64 {
    const ATANHI: [f64; 4] = [
        4.63647609000806093515e-01,
        7.85398163397448278999e-01,
        9.82793723247329054082e-01,
        1.57079632679489655800e+00,
    ];
    const ATANLO: [f64; 4] = [
        2.26987774529616870924e-17,
        3.06161699786838301793e-17,
        1.39033110312309984516e-17,
        6.12323399573676603587e-17,
    ];
    const AT: [f64; 11] = [
        3.33333333333329318027e-01,
        -1.99999999998764832476e-01,
        1.42857142725034663711e-01,
        -1.11111104054623557880e-01,
        9.09088713343650656196e-02,
        -7.69187620504482999495e-02,
        6.66107313738753120669e-02,
        -5.83357013379057348645e-02,
        4.97687799461593236017e-02,
        -3.65315727442169155270e-02,
        1.62858201153657823623e-02,
    ];
    let hx = high(x);
    let ix = hx & 0x7FFFFFFF;
    let mut x = x;
    if ix >= 0x44100000 {
        // |x| >= 2^66.
        if ix > 0x7FF00000 || (ix == 0x7FF00000 && low(x) != 0) {
            return x + x;
        }
        return if hx > 0 {
            ATANHI[3] + ATANLO[3]
        } else {
            -ATANHI[3] - ATANLO[3]
        };
    }
    let id: i32;
    if ix < 0x3FDC0000 {
        // |x| < 0.4375.
        if ix < 0x3E400000 {
            return x;
        }
        id = -1;
    } else {
        x = x.abs();
        if ix < 0x3FF30000 {
            if ix < 0x3FE60000 {
                id = 0;
                x = (2.0 * x - 1.0) / (2.0 + x);
            } else {
                id = 1;
                x = (x - 1.0) / (x + 1.0);
            }
        } else if ix < 0x40038000 {
            id = 2;
            x = (x - 1.5) / (1.0 + 1.5 * x);
        } else {
            id = 3;
            x = -1.0 / x;
        }
    }
    let z = x * x;
    let w = z * z;
    let s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
    let s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));
    if id < 0 {
        return x - x * (s1 + s2);
    }
    let id = id as usize;
    let z = ATANHI[id] - ((x * (s1 + s2) - ATANLO[id]) - x);
    if hx < 0 { -z } else { z }
}

/// V8's `atan2`.
pub fn atan2(y: f64, x: f64) -> f64 {
    const PI_O_4: f64 = 7.8539816339744827900E-01;
    const PI_O_2: f64 = 1.5707963267948965580E+00;
    const PI_LO: f64 = 1.2246467991473531772E-16;
    // Adding TINY raises C's inexact flag; the sum rounds back to the constant.
    const TINY: f64 = 1.0e-300;
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    let hx = high(x);
    let ix = hx & 0x7FFFFFFF;
    let lx = low(x);
    let hy = high(y);
    let iy = hy & 0x7FFFFFFF;
    let ly = low(y);
    if (hx.wrapping_sub(0x3FF00000) as u32 | lx) == 0 {
        return atan(y);
    }
    // 2*sign(x) + sign(y).
    let m = ((hy >> 31) & 1) | ((hx >> 30) & 2);
    if (iy as u32 | ly) == 0 {
        return match m {
            0 | 1 => y,
            2 => PI + TINY,
            _ => -PI - TINY,
        };
    }
    if (ix as u32 | lx) == 0 {
        return if hy < 0 {
            -PI_O_2 - TINY
        } else {
            PI_O_2 + TINY
        };
    }
    if ix == 0x7FF00000 {
        return if iy == 0x7FF00000 {
            match m {
                0 => PI_O_4 + TINY,
                1 => -PI_O_4 - TINY,
                2 => 3.0 * PI_O_4 + TINY,
                _ => -3.0 * PI_O_4 - TINY,
            }
        } else {
            match m {
                0 => 0.0,
                1 => -0.0,
                2 => PI + TINY,
                _ => -PI - TINY,
            }
        };
    }
    if iy == 0x7FF00000 {
        return if hy < 0 {
            -PI_O_2 - TINY
        } else {
            PI_O_2 + TINY
        };
    }
    let k = (iy - ix) >> 20;
    let (z, m) = if k > 60 {
        // |y/x| > 2^60.
        (PI_O_2 + 0.5 * PI_LO, m & 1)
    } else if hx < 0 && k < -60 {
        (0.0, m)
    } else {
        (atan((y / x).abs()), m)
    };
    match m {
        0 => z,
        1 => -z,
        2 => PI - (z - PI_LO),
        _ => (z - PI_LO) - PI,
    }
}

/// V8's `atanh`.
pub fn atanh(x: f64) -> f64 {
    let hx = high(x);
    let ix = hx & 0x7FFFFFFF;
    let lx = low(x);
    if (ix as u32 | ((lx | lx.wrapping_neg()) >> 31)) > 0x3FF00000 {
        // |x| > 1, or NaN.
        return f64::NAN;
    }
    if ix == 0x3FF00000 {
        return if x > 0.0 {
            f64::INFINITY
        } else {
            f64::NEG_INFINITY
        };
    }
    if ix < 0x3E300000 {
        return x;
    }
    let x = with_high(x, ix);
    let t = if ix < 0x3FE00000 {
        let t = x + x;
        0.5 * log1p(t + t * x / (1.0 - x))
    } else {
        0.5 * log1p((x + x) / (1.0 - x))
    };
    if hx >= 0 { t } else { -t }
}

/// V8's `exp`; `Math.exp(1)` is `Math.E`, which the reduction below would miss by
/// the last bit.
pub fn exp(x: f64) -> f64 {
    const O_THRESHOLD: f64 = 7.09782712893383973096e+02;
    const U_THRESHOLD: f64 = -7.45133219101941108420e+02;
    const LN2_HI: [f64; 2] = [6.93147180369123816490e-01, -6.93147180369123816490e-01];
    const LN2_LO: [f64; 2] = [1.90821492927058770002e-10, -1.90821492927058770002e-10];
    const HALF: [f64; 2] = [0.5, -0.5];
    const INVLN2: f64 = 1.44269504088896338700e+00;
    const P1: f64 = 1.66666666666666019037e-01;
    const P2: f64 = -2.77777777770155933842e-03;
    const P3: f64 = 6.61375632143793436117e-05;
    const P4: f64 = -1.65339022054652515390e-06;
    const P5: f64 = 4.13813679705723846039e-08;
    const E: f64 = 2.718281828459045;
    const TWOM1000: f64 = 9.33263618503218878990e-302;
    const TWO1023: f64 = 8.988465674311579539e307;

    let hx = high(x) as u32;
    let xsb = (hx >> 31) as usize;
    let hx = hx & 0x7FFFFFFF;
    if hx >= 0x40862E42 {
        // |x| >= 709.78...
        if hx >= 0x7FF00000 {
            if x.is_nan() {
                return x + x;
            }
            return if xsb == 0 { x } else { 0.0 };
        }
        if x > O_THRESHOLD {
            return f64::INFINITY;
        }
        if x < U_THRESHOLD {
            return 0.0;
        }
    }
    let (mut x, mut hi, mut lo, mut k) = (x, 0.0, 0.0, 0i32);
    if hx > 0x3FD62E42 {
        // |x| > 0.5 ln2.
        if hx < 0x3FF0A2B2 {
            // and |x| < 1.5 ln2.
            if x == 1.0 {
                return E;
            }
            hi = x - LN2_HI[xsb];
            lo = LN2_LO[xsb];
            k = 1 - xsb as i32 - xsb as i32;
        } else {
            k = (INVLN2 * x + HALF[xsb]) as i32;
            let t = f64::from(k);
            hi = x - t * LN2_HI[0];
            lo = t * LN2_LO[0];
        }
        x = hi - lo;
    } else if hx < 0x3E300000 {
        // |x| < 2^-28.
        return 1.0 + x;
    }
    let t = x * x;
    let twopk = if k >= -1021 {
        from_words(0x3FF00000_i32.wrapping_add(((k as u32) << 20) as i32), 0)
    } else {
        from_words(0x3FF00000 + ((k + 1000) << 20), 0)
    };
    let c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    if k == 0 {
        return 1.0 - ((x * c) / (c - 2.0) - x);
    }
    let y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
    if k >= -1021 {
        if k == 1024 {
            return y * 2.0 * TWO1023;
        }
        return y * twopk;
    }
    y * twopk * TWOM1000
}

/// V8's `expm1`.
pub fn expm1(x: f64) -> f64 {
    const O_THRESHOLD: f64 = 7.09782712893383973096e+02;
    const LN2_HI: f64 = 6.93147180369123816490e-01;
    const LN2_LO: f64 = 1.90821492927058770002e-10;
    const INVLN2: f64 = 1.44269504088896338700e+00;
    const Q1: f64 = -3.33333333333331316428e-02;
    const Q2: f64 = 1.58730158725481460165e-03;
    const Q3: f64 = -7.93650757867487942473e-05;
    const Q4: f64 = 4.00821782732936239552e-06;
    const Q5: f64 = -2.01099218183624371326e-07;

    let hx = high(x) as u32;
    let negative = hx & 0x80000000 != 0;
    let hx = hx & 0x7FFFFFFF;
    if hx >= 0x4043687A {
        // |x| >= 56*ln2.
        if hx >= 0x40862E42 {
            if hx >= 0x7FF00000 {
                if x.is_nan() {
                    return x + x;
                }
                return if negative { -1.0 } else { x };
            }
            if x > O_THRESHOLD {
                return f64::INFINITY;
            }
        }
        if negative {
            return -1.0;
        }
    }
    let mut x = x;
    let k: i32;
    let mut c = 0.0;
    if hx > 0x3FD62E42 {
        // |x| > 0.5 ln2.
        let (hi, lo);
        if hx < 0x3FF0A2B2 {
            if negative {
                hi = x + LN2_HI;
                lo = -LN2_LO;
                k = -1;
            } else {
                hi = x - LN2_HI;
                lo = LN2_LO;
                k = 1;
            }
        } else {
            k = (INVLN2 * x + if negative { -0.5 } else { 0.5 }) as i32;
            let t = f64::from(k);
            hi = x - t * LN2_HI;
            lo = t * LN2_LO;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if hx < 0x3C900000 {
        // |x| < 2^-54.
        return x;
    } else {
        k = 0;
    }
    let hfx = 0.5 * x;
    let hxs = x * hfx;
    let r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    let t = 3.0 - r1 * hfx;
    let mut e = hxs * ((r1 - t) / (6.0 - x * t));
    if k == 0 {
        return x - (x * e - hxs);
    }
    let twopk = from_words(0x3FF00000_i32.wrapping_add(((k as u32) << 20) as i32), 0);
    e = x * (e - c) - c;
    e -= hxs;
    if k == -1 {
        return 0.5 * (x - e) - 0.5;
    }
    if k == 1 {
        return if x < -0.25 {
            -2.0 * (e - (x + 0.5))
        } else {
            1.0 + 2.0 * (x - e)
        };
    }
    if k <= -2 || k > 56 {
        let mut y = 1.0 - (e - x);
        if k == 1024 {
            y = y * 2.0 * 8.98846567431158e+307;
        } else {
            y *= twopk;
        }
        return y - 1.0;
    }
    if k < 20 {
        let t = from_words(0x3FF00000 - (0x200000 >> k), 0);
        let y = t - (e - x);
        y * twopk
    } else {
        let t = from_words((0x3FF - k) << 20, 0);
        let mut y = x - (e + t);
        y += 1.0;
        y * twopk
    }
}

/// The coefficients of log(1+f) = f - f^2/2 + s*(f^2/2 + R(s^2)) that log, log2 and
/// log10 share.
const LG: [f64; 7] = [
    6.666666666666735130e-01,
    3.999999999940941908e-01,
    2.857142874366239149e-01,
    2.222219843214978396e-01,
    1.818357216161805012e-01,
    1.531383769920937332e-01,
    1.479819860511658591e-01,
];
const LN2_HI: f64 = 6.93147180369123816490e-01;
const LN2_LO: f64 = 1.90821492927058770002e-10;
const TWO54: f64 = 1.80143985094819840000e+16;

/// The start that log, log2 and log10 share: zero, negative, infinite and NaN
/// arguments answered (`Err`), or x with a subnormal scaled up by 2^54 and the
/// exponent k (-54 then, else 0) that makes up for it.
fn log_special(x: f64) -> Result<(f64, i32), f64> {
    let hx = high(x);
    if hx < 0x00100000 {
        // x < 2^-1022: zero, negative or subnormal.
        if ((hx & 0x7FFFFFFF) as u32 | low(x)) == 0 {
            return Err(f64::NEG_INFINITY);
        }
        if hx < 0 {
            return Err(f64::NAN);
        }
        return Ok((x * TWO54, -54));
    }
    if hx >= 0x7FF00000 {
        return Err(x + x);
    }
    Ok((x, 0))
}

/// V8's `log`.
pub fn log(x: f64) -> f64 {
    let (mut x, mut k) = match log_special(x) {
        Ok(scaled) => scaled,
        Err(answer) => return answer,
    };
    let mut hx = high(x);
    k += (hx >> 20) - 1023;
    hx &= 0x000FFFFF;
    let i = (hx + 0x95F64) & 0x100000;
    // Normalize x or x/2 into [sqrt(2)/2, sqrt(2)).
    x = with_high(x, hx | (i ^ 0x3FF00000));
    k += i >> 20;
    let f = x - 1.0;
    if (0x000FFFFF & (2 + hx)) < 3 {
        // -2^-20 <= f < 2^-20.
        if f == 0.0 {
            if k == 0 {
                return 0.0;
            }
            let dk = f64::from(k);
            return dk * LN2_HI + dk * LN2_LO;
        }
        let r = f * f * (0.5 - 0.33333333333333333 * f);
        if k == 0 {
            return f - r;
        }
        let dk = f64::from(k);
        return dk * LN2_HI - ((r - dk * LN2_LO) - f);
    }
    let s = f / (2.0 + f);
    let dk = f64::from(k);
    let z = s * s;
    let mut i = hx - 0x6147A;
    let w = z * z;
    let j = 0x6B851 - hx;
    let t1 = w * (LG[1] + w * (LG[3] + w * LG[5]));
    let t2 = z * (LG[0] + w * (LG[2] + w * (LG[4] + w * LG[6])));
    i |= j;
    let r = t2 + t1;
    if i > 0 {
        let hfsq = 0.5 * f * f;
        if k == 0 {
            f - (hfsq - s * (hfsq + r))
        } else {
            dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f)
        }
    } else if k == 0 {
        f - s * (f - r)
    } else {
        dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f)
    }
}

/// V8's `log1p`.
pub fn log1p(x: f64) -> f64 {
    let hx = high(x);
    let ax = hx & 0x7FFFFFFF;
    let mut k = 1;
    let mut f = 0.0;
    let mut hu = 0;
    let mut c = 0.0;
    if hx < 0x3FDA827A {
        // 1+x < sqrt(2)+.
        if ax >= 0x3FF00000 {
            // x <= -1.
            return if x == -1.0 {
                f64::NEG_INFINITY
            } else {
                f64::NAN
            };
        }
        if ax < 0x3E200000 {
            // |x| < 2^-29.
            return if ax < 0x3C900000 { x } else { x - x * x * 0.5 };
        }
        if hx > 0 || hx <= 0xBFD2BEC4_u32 as i32 {
            // sqrt(2)/2- <= 1+x < sqrt(2)+.
            k = 0;
            f = x;
            hu = 1;
        }
    }
    if hx >= 0x7FF00000 {
        return x + x;
    }
    if k != 0 {
        let mut u;
        if hx < 0x43400000 {
            u = 1.0 + x;
            hu = high(u);
            k = (hu >> 20) - 1023;
            // The correction term: 1+x rounded to u.
            c = if k > 0 { 1.0 - (u - x) } else { x - (u - 1.0) };
            c /= u;
        } else {
            u = x;
            hu = high(u);
            k = (hu >> 20) - 1023;
            c = 0.0;
        }
        hu &= 0x000FFFFF;
        if hu < 0x6A09E {
            // u ~< sqrt(2): normalize u.
            u = with_high(u, hu | 0x3FF00000);
        } else {
            k += 1;
            u = with_high(u, hu | 0x3FE00000);
            hu = (0x00100000 - hu) >> 2;
        }
        f = u - 1.0;
    }
    let hfsq = 0.5 * f * f;
    let dk = f64::from(k);
    if hu == 0 {
        // |f| < 2^-20.
        if f == 0.0 {
            if k == 0 {
                return 0.0;
            }
            c += dk * LN2_LO;
            return dk * LN2_HI + c;
        }
        let r = hfsq * (1.0 - 0.66666666666666666 * f);
        if k == 0 {
            return f - r;
        }
        return dk * LN2_HI - ((r - (dk * LN2_LO + c)) - f);
    }
    let s = f / (2.0 + f);
    let z = s * s;
    let r = z
        * (LG[0] + z * (LG[1] + z * (LG[2] + z * (LG[3] + z * (LG[4] + z * (LG[5] + z * LG[6]))))));
    if k == 0 {
        f - (hfsq - s * (hfsq + r))
    } else {
        dk * LN2_HI - ((hfsq - (s * (hfsq + r) + (dk * LN2_LO + c))) - f)
    }
}

/// `k_log1p`: log(1+f) - f + f^2/2 for 1+f in [sqrt(2)/2, sqrt(2)].
fn k_log1p(f: f64) -> f64 {
    let s = f / (2.0 + f);
    let z = s * s;
    let w = z * z;
    let t1 = w * (LG[1] + w * (LG[3] + w * LG[5]));
    let t2 = z * (LG[0] + w * (LG[2] + w * (LG[4] + w * LG[6])));
    let r = t2 + t1;
    let hfsq = 0.5 * f * f;
    s * (hfsq + r)
}

/// V8's `log2`: FreeBSD's, with f - f^2/2 and the sum with k in extra precision.
pub fn log2(x: f64) -> f64 {
    const IVLN2HI: f64 = 1.44269504072144627571e+00;
    const IVLN2LO: f64 = 1.67517131648865118353e-10;
    let (mut x, mut k) = match log_special(x) {
        Ok(scaled) => scaled,
        Err(answer) => return answer,
    };
    let mut hx = high(x);
    if x == 1.0 {
        return 0.0;
    }
    k += (hx >> 20) - 1023;
    hx &= 0x000FFFFF;
    let i = (hx + 0x95F64) & 0x100000;
    x = with_high(x, hx | (i ^ 0x3FF00000));
    k += i >> 20;
    let y = f64::from(k);
    let f = x - 1.0;
    let hfsq = 0.5 * f * f;
    let r = k_log1p(f);
    let hi = with_low(f - hfsq, 0);
    let lo = (f - hi) - hfsq + r;
    let mut val_hi = hi * IVLN2HI;
    let mut val_lo = (lo + hi) * IVLN2LO + lo * IVLN2HI;
    let w = y + val_hi;
    val_lo += (y - w) + val_hi;
    val_hi = w;
    val_lo + val_hi
}

/// V8's `log10`: n*log10(2) + log(x/2^n)/ln(10), with log10(2) split in two.
pub fn log10(x: f64) -> f64 {
    const IVLN10: f64 = 4.34294481903251816668e-01;
    const LOG10_2HI: f64 = 3.01029995663611771306e-01;
    const LOG10_2LO: f64 = 3.69423907715893078616e-13;
    let (x, mut k) = match log_special(x) {
        Ok(scaled) => scaled,
        Err(answer) => return answer,
    };
    let mut hx = high(x);
    let lx = low(x);
    if x == 1.0 {
        return 0.0;
    }
    k += (hx >> 20) - 1023;
    let i = ((k as u32 & 0x80000000) >> 31) as i32;
    hx = (hx & 0x000FFFFF) | ((0x3FF - i) << 20);
    let y = f64::from(k + i);
    let x = from_words(hx, lx);
    let z = y * LOG10_2LO + IVLN10 * log(x);
    z + y * LOG10_2HI
}

/// V8's `cbrt`: a 5-bit estimate from the exponent, a polynomial to 23 bits,
/// rounding away from zero, and one Newton step.
pub fn cbrt(x: f64) -> f64 {
    const B1: u32 = 715_094_163;
    const B2: u32 = 696_219_795;
    const P0: f64 = 1.87595182427177009643;
    const P1: f64 = -1.88497979543377169875;
    const P2: f64 = 1.621429720105354466140;
    const P3: f64 = -0.758397934778766047437;
    const P4: f64 = 0.145996192886612446982;
    let hx = high(x) as u32;
    let lx = low(x);
    let sign = hx & 0x80000000;
    let hx = hx ^ sign;
    if hx >= 0x7FF00000 {
        return x + x;
    }
    let mut t = if hx < 0x00100000 {
        if (hx | lx) == 0 {
            return x;
        }
        // Subnormal: scale by 2^54 first.
        let t = f64::from_bits(0x4350_0000_0000_0000) * x;
        from_words((sign | ((high(t) as u32 & 0x7FFFFFFF) / 3 + B2)) as i32, 0)
    } else {
        from_words((sign | (hx / 3 + B1)) as i32, 0)
    };
    let r = (t * t) * (t / x);
    t *= (P0 + r * (P1 + r * P2)) + ((r * r) * r) * (P3 + r * P4);
    t = f64::from_bits((t.to_bits() + 0x8000_0000) & 0xFFFF_FFFF_C000_0000);
    let s = t * t;
    let r = x / s;
    let w = t + t;
    let r = (r - t) / (w + r);
    t + t * r
}

/// V8's `cosh`, which overflows past 710.4758600739439.
pub fn cosh(x: f64) -> f64 {
    const KCOSH_OVERFLOW: f64 = 710.4758600739439;
    let ix = high(x) & 0x7FFFFFFF;
    if ix < 0x3FD62E43 {
        // |x| < 0.5 ln2: 1 + expm1(|x|)^2 / (2 exp(|x|)).
        let t = expm1(x.abs());
        let w = 1.0 + t;
        if ix < 0x3C800000 {
            return w;
        }
        return 1.0 + (t * t) / (w + w);
    }
    if ix < 0x40360000 {
        // |x| < 22.
        let t = exp(x.abs());
        return 0.5 * t + 0.5 / t;
    }
    if ix < 0x40862E42 {
        return 0.5 * exp(x.abs());
    }
    if x.abs() <= KCOSH_OVERFLOW {
        let w = exp(0.5 * x.abs());
        let t = 0.5 * w;
        return t * w;
    }
    if ix >= 0x7FF00000 {
        return x * x;
    }
    f64::INFINITY
}

/// V8's `sinh`, which overflows past 710.4758600739439.
pub fn sinh(x: f64) -> f64 {
    const KSINH_OVERFLOW: f64 = 710.4758600739439;
    const TWO_M28: f64 = 3.725290298461914e-9;
    const LOG_MAXD: f64 = 709.7822265625;
    const SHUGE: f64 = 1.0e307;
    let h = if x < 0.0 { -0.5 } else { 0.5 };
    let ax = x.abs();
    if ax < 22.0 {
        if ax < TWO_M28 {
            return x;
        }
        let t = expm1(ax);
        if ax < 1.0 {
            return h * (2.0 * t - t * t / (t + 1.0));
        }
        return h * (t + t / (t + 1.0));
    }
    if ax < LOG_MAXD {
        return h * exp(ax);
    }
    if ax <= KSINH_OVERFLOW {
        let w = exp(0.5 * ax);
        let t = h * w;
        return t * w;
    }
    // Overflow to ±Infinity, or NaN.
    x * SHUGE
}

/// V8's `tanh`: from expm1, and ±1 from |x| = 22 on.
pub fn tanh(x: f64) -> f64 {
    let jx = high(x);
    let ix = jx & 0x7FFFFFFF;
    if ix >= 0x7FF00000 {
        // tanh(±Infinity) = ±1, tanh(NaN) = NaN.
        return if jx >= 0 {
            1.0 / x + 1.0
        } else {
            1.0 / x - 1.0
        };
    }
    let z = if ix < 0x40360000 {
        if ix < 0x3E300000 {
            return x;
        }
        if ix >= 0x3FF00000 {
            let t = expm1(2.0 * x.abs());
            1.0 - 2.0 / (t + 2.0)
        } else {
            let t = expm1(-2.0 * x.abs());
            -t / (t + 2.0)
        }
    } else {
        1.0
    };
    if jx >= 0 { z } else { -z }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every function over every exponent, a spread of fractions and both signs:
    /// integer arithmetic on the words must not overflow (a panic in debug builds)
    /// nor a table index run out of bounds, and the odd and even functions keep
    /// their symmetry exactly, as fdlibm's reductions do.
    #[test]
    fn all_bit_patterns() {
        let odd: [fn(f64) -> f64; 10] =
            [sin, tan, asin, atan, asinh, atanh, sinh, tanh, cbrt, |x| {
                atan2(x, 0.75)
            }];
        let even: [fn(f64) -> f64; 2] = [cos, cosh];
        let other: [fn(f64) -> f64; 9] = [acos, acosh, exp, expm1, log, log1p, log2, log10, |x| {
            atan2(-3.5, x)
        }];
        let same = |a: f64, b: f64| a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan());
        let fractions = [
            0,
            1,
            0x8000_0000,
            0x000F_FFFF_FFFF_FFFF,
            0x0009_21FB_5444_2D18,
            0x0005_5555_5555_5555,
            0x000A_2F98_36E4_E441,
        ];
        for exponent in 0..=0x7FFu64 {
            for &fraction in &fractions {
                let x = f64::from_bits((exponent << 52) | fraction);
                for f in odd {
                    assert!(same(f(-x), -f(x)), "odd at {x:e}");
                }
                for f in even {
                    assert!(same(f(-x), f(x)), "even at {x:e}");
                }
                for f in other {
                    f(x);
                    f(-x);
                }
            }
        }
    }

    /// A few results Node 24 prints, where musl's or glibc's versions differ.
    #[test]
    fn node_results() {
        assert_eq!(sin(2071185.0), 0.8738502738758164);
        assert_eq!(cos(2071185.0), -0.48619512425276423);
        assert_eq!(tan(1e300), 1.4214488238747245);
        assert_eq!(sin(1e22), -0.8522008497671888);
        assert_eq!(exp(40.6), 428899920038671360.0);
        assert_eq!(exp(1.0), std::f64::consts::E);
        assert_eq!(log10(95065845.84), 7.978024516649181);
        assert_eq!(log2(5e-324), -1074.0);
        assert_eq!(cosh(710.4758600739439), 1.7976931348621744e308);
        assert_eq!(cosh(710.475860073944), f64::INFINITY);
    }
}
