import type { ClaimRule } from '../../claims/types.js';

/**
 * The advertising advice each rule of the claims check rests on, given with
 * every finding (never fetched). The UK CAP advice on craniosacral therapy
 * says which claims are acceptable (relaxing, gentle touch, a sense of
 * well-being) and which are not without robust evidence (improving health,
 * treating or easing any condition or symptom), and sums up the ASA rulings:
 * "may", what clients report and disclaimer footers do not rescue such a
 * claim, and lists of conditions (babies' colic and feeding problems among
 * them) were ruled out.
 */
const CAP_CRANIOSACRAL =
  'https://www.asa.org.uk/advice-online/health-craniosacral-therapy.html';

export const CLAIM_SOURCES: Readonly<Record<ClaimRule, string>> = {
  cure: CAP_CRANIOSACRAL,
  'treat-condition': CAP_CRANIOSACRAL,
  'boost-immunity': CAP_CRANIOSACRAL,
  'balance-csf': CAP_CRANIOSACRAL,
  'nervous-system-health': CAP_CRANIOSACRAL,
  'any-condition': CAP_CRANIOSACRAL,
  'condition-list': CAP_CRANIOSACRAL,
  proven: CAP_CRANIOSACRAL,
  detox: CAP_CRANIOSACRAL,
  'client-report': CAP_CRANIOSACRAL,
  'alternative-to-medicine': CAP_CRANIOSACRAL,
  'suitable-for-condition': CAP_CRANIOSACRAL,
  mechanism: CAP_CRANIOSACRAL,
  'babies-birth': CAP_CRANIOSACRAL,
  'health-wholeness': CAP_CRANIOSACRAL,
};
