/**
 * Averaged structured perceptron over BILOU tags with first-order Viterbi decoding
 * (training side; the runtime only decodes).
 */
import { rng } from './hash.ts';
import { FPT, type Resources } from './features.ts';
import { type Model, decode } from './model.ts';
import { NT } from './tags.ts';

/** One training sentence: tokens [from, to) of a document's feature array, with gold tags for the document. */
export interface TrainSentence {
  feats: Int32Array;
  gold: Int32Array;
  from: number;
  to: number;
}

/** Trains a dense averaged perceptron; calls `onEpoch` with the averaged model after each epoch. */
export function trainPerceptron(
  data: TrainSentence[],
  resources: Resources,
  opts: { bits: number; epochs: number; seed?: number; onEpoch?: (m: Model, epoch: number) => void },
): Model {
  const size = 1 << opts.bits;
  const mask = size - 1;
  const W = new Float32Array(size * NT);
  const U = new Float64Array(size * NT);
  const T = new Float32Array((NT + 1) * NT);
  const TU = new Float64Array((NT + 1) * NT);
  const model: Model = { bits: opts.bits, rowOf: null, weights: W, trans: T, resources };
  const rand = rng(opts.seed ?? 1);
  const order = data.map((_, i) => i);
  let c = 1;
  let pred = new Int32Array(1024);
  const upd = (feats: Int32Array, i: number, tag: number, d: number) => {
    const fo = i * FPT;
    for (let k = 0; k < FPT; k++) {
      const h = feats[fo + k];
      if (h === 0) break;
      const idx = (h & mask) * NT + tag;
      W[idx] += d;
      U[idx] += c * d;
    }
  };
  const averaged = (): Model => {
    const A = new Float32Array(W.length);
    for (let i = 0; i < W.length; i++) A[i] = W[i] - U[i] / c;
    const AT = new Float32Array(T.length);
    for (let i = 0; i < T.length; i++) AT[i] = T[i] - TU[i] / c;
    return { bits: opts.bits, rowOf: null, weights: A, trans: AT, resources };
  };
  for (let ep = 1; ep <= opts.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    for (const si of order) {
      const s = data[si];
      if (pred.length < s.to) pred = new Int32Array(s.to * 2);
      decode(model, s.feats, s.from, s.to, pred);
      for (let i = s.from; i < s.to; i++) {
        const g = s.gold[i];
        const p = pred[i];
        if (g !== p) {
          errors++;
          upd(s.feats, i, g, 1);
          upd(s.feats, i, p, -1);
        }
        const pg = i === s.from ? -1 : s.gold[i - 1];
        const pp = i === s.from ? -1 : pred[i - 1];
        if (pg !== pp || g !== p) {
          const a = (pg + 1) * NT + g;
          const b = (pp + 1) * NT + p;
          T[a] += 1;
          TU[a] += c;
          T[b] -= 1;
          TU[b] -= c;
        }
      }
      c++;
    }
    console.log(`epoch ${ep}: ${errors} token errors`);
    if (opts.onEpoch) opts.onEpoch(averaged(), ep);
  }
  return averaged();
}
