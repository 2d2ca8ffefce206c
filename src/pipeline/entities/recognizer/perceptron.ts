/**
 * Averaged structured perceptron over BILOU tags with first-order Viterbi decoding
 * (training side; the runtime only decodes). Documents are decoded in order so that the
 * prediction-history features see the model's own earlier predictions, as at run time.
 */
import { hashString, mix, rng } from './hash.ts';
import { type DocFeatures, FPT, type Resources } from './features.ts';
import { type DenseModel, decodeDocument } from './model.ts';
import { NT } from './tags.ts';

const UNK1 = mix(1, hashString('<unk>'));
const UNK2 = mix(2, hashString('<unk>'));

/** A training document: features and gold tags per token. */
export interface TrainDoc {
  doc: DocFeatures;
  gold: Int32Array;
}

/** Trains a dense averaged perceptron; calls `onEpoch` with the averaged model after each epoch. */
export function trainPerceptron(
  data: TrainDoc[],
  resources: Resources,
  opts: { bits: number; epochs: number; seed?: number; wordDropout?: number; verbose?: boolean; onEpoch?: (m: DenseModel, epoch: number) => void },
): DenseModel {
  const size = 1 << opts.bits;
  const mask = size - 1;
  const W = new Float32Array(size * NT);
  const U = new Float64Array(size * NT);
  const T = new Float32Array((NT + 1) * NT);
  const TU = new Float64Array((NT + 1) * NT);
  const model: DenseModel = { bits: opts.bits, weights: W, trans: T, resources };
  const rand = rng(opts.seed ?? 1);
  const order = data.map((_, i) => i);
  let c = 1;
  const upd = (feats: Int32Array, i: number, tag: number, d: number) => {
    const fo = i * FPT;
    for (let k = 0; k < FPT; k++) {
      const h = feats[fo + k];
      if (h === 0) continue;
      const idx = (h & mask) * NT + tag;
      W[idx] += d;
      U[idx] += c * d;
    }
  };
  const averaged = (): DenseModel => {
    const A = new Float32Array(W.length);
    for (let i = 0; i < W.length; i++) A[i] = W[i] - U[i] / c;
    const AT = new Float32Array(T.length);
    for (let i = 0; i < T.length; i++) AT[i] = T[i] - TU[i] / c;
    return { bits: opts.bits, weights: A, trans: AT, resources };
  };
  for (let ep = 1; ep <= opts.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    for (const di of order) {
      const { doc, gold } = data[di];
      const pred = new Int32Array(gold.length);
      // word dropout: hide the identity of some capitalised words so context and shape features learn more
      const saved: number[] = [];
      if (opts.wordDropout) {
        for (let i = 0; i < gold.length; i++) {
          if (!doc.caps[i] || rand() >= opts.wordDropout) continue;
          const o = i * FPT;
          saved.push(i, doc.feats[o + 1], doc.feats[o + 2]);
          doc.feats[o + 1] = UNK1;
          doc.feats[o + 2] = UNK2;
        }
      }
      decodeDocument(model, doc, pred, (a, b) => {
        const feats = doc.feats;
        for (let i = a; i < b; i++) {
          const g = gold[i];
          const p = pred[i];
          if (g !== p) {
            errors++;
            upd(feats, i, g, 1);
            upd(feats, i, p, -1);
          }
          const pg = i === a ? -1 : gold[i - 1];
          const pp = i === a ? -1 : pred[i - 1];
          if (pg !== pp || g !== p) {
            const x = (pg + 1) * NT + g;
            const y = (pp + 1) * NT + p;
            T[x] += 1;
            TU[x] += c;
            T[y] -= 1;
            TU[y] -= c;
          }
        }
        c++;
      });
      for (let k = 0; k < saved.length; k += 3) {
        const o = saved[k] * FPT;
        doc.feats[o + 1] = saved[k + 1];
        doc.feats[o + 2] = saved[k + 2];
      }
    }
    if (opts.verbose) process.stderr.write(`epoch ${ep}: ${errors} token errors\n`);
    if (opts.onEpoch) opts.onEpoch(averaged(), ep);
  }
  return averaged();
}
