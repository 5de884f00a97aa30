/**
 * The studies the widgets cite. Every entry was checked against its journal
 * record; add nothing here that has not been. Titles and journals stay in
 * their original language, so they are data, not translatable strings.
 */
export interface Citation {
  /** Short form shown as the link text, e.g. "Haller et al., 2020". */
  short: string;
  title?: string;
  /** Shown in brackets after the link: the journal, or a site's link's host. */
  journal: string;
  /** The link: the DOI at doi.org, or a site's own (checked by safeHref). */
  url: string;
}

export const CITATIONS = {
  haller2020: {
    short: 'Haller et al., 2020',
    title:
      'Craniosacral therapy for chronic pain: a systematic review and meta-analysis of randomized controlled trials',
    journal: 'BMC Musculoskeletal Disorders 2020;21:1',
    url: 'https://doi.org/10.1186/s12891-019-3017-y',
  },
  ceballosLaita2024: {
    short: 'Ceballos-Laita et al., 2024',
    title: 'Is Craniosacral Therapy Effective? A Systematic Review and Meta-Analysis',
    journal: 'Healthcare 2024;12(6):679',
    url: 'https://doi.org/10.3390/healthcare12060679',
  },
  guillaud2016: {
    short: 'Guillaud et al., 2016',
    title:
      'Reliability of Diagnosis and Clinical Efficacy of Cranial Osteopathy: A Systematic Review',
    journal: 'PLoS ONE 2016;11(12):e0167823',
    url: 'https://doi.org/10.1371/journal.pone.0167823',
  },
  mataran2011: {
    short: 'Matarán-Peñarrocha et al., 2011',
    title:
      'Influence of Craniosacral Therapy on Anxiety, Depression and Quality of Life in Patients with Fibromyalgia',
    journal: 'Evidence-Based Complementary and Alternative Medicine 2011;2011:178769',
    url: 'https://doi.org/10.1093/ecam/nep125',
  },
  ughreja2024: {
    short: 'Ughreja et al., 2024',
    title:
      'Effectiveness of craniosacral therapy, Bowen therapy, static touch and standard exercise program on sleep quality in fibromyalgia syndrome: a randomized controlled trial',
    journal: 'Journal of Integrative Medicine 2024;22(4):473-483',
    url: 'https://doi.org/10.1016/j.joim.2024.06.003',
  },
} as const satisfies Record<string, Citation>;
