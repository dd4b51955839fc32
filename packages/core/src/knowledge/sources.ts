/**
 * The citations every rule, threshold and advice text points to, by stable id.
 * Copied from the research brief (clinical-brief.md §12). Kinds: primary study or guideline text,
 * review/meta-analysis, guideline or health-service pathway, secondary (news, calculator, patient
 * site, blog; for context only, never the sole basis of a rule), and the seed interview.
 */

export type SourceKind = 'primary' | 'review' | 'guideline' | 'secondary' | 'seed';

export interface Source {
  readonly kind: SourceKind;
  readonly citation: string;
}

export const SOURCES = {
  seed: {
    kind: 'seed',
    citation:
      'Breastcancer.org Podcast, "AIMSS: How Aromatase Inhibitors Can Affect Hands and Wrists", guest David Bozentka MD, 13 Jan 2026.',
  },
  cdw2022: {
    kind: 'primary',
    citation:
      'Carpal tunnel syndrome and tenosynovitis in women with breast cancer associated with hormone therapy: a multi-institutional analysis using a clinical data warehouse. Medicine (Baltimore) 2022;101(5):e28786. doi:10.1097/MD.0000000000028786; PMID 35119045 (authors not retrieved).',
  },
  sestak2009: {
    kind: 'primary',
    citation:
      'Sestak I, Sapunar F, Cuzick J. Aromatase inhibitor-induced carpal tunnel syndrome: results from the ATAC trial. J Clin Oncol 2009;27(30):4961–5. doi:10.1200/JCO.2009.22.0236.',
  },
  sestak2008: {
    kind: 'primary',
    citation:
      'Sestak I, Cuzick J, Sapunar F, Eastell R, Forbes JF, Bianco AR, Buzdar AU. Risk factors for joint symptoms in patients enrolled in the ATAC trial. Lancet Oncol 2008;9(9):866–72. doi:10.1016/S1470-2045(08)70182-7.',
  },
  spagnolo2016: {
    kind: 'primary',
    citation:
      'Spagnolo F, Sestak I, Howell A, et al. Anastrozole-induced carpal tunnel syndrome: results from the IBIS-II prevention trial. J Clin Oncol, online 23 Nov 2015. doi:10.1200/JCO.2015.63.4972 (summary via Cancer Therapy Advisor).',
  },
  mieog2012: {
    kind: 'primary',
    citation:
      'Mieog JSD, Morden JP, Bliss JM, Coombes RC, van de Velde CJH. Carpal tunnel syndrome and musculoskeletal symptoms in postmenopausal women with early breast cancer treated with exemestane or tamoxifen after 2–3 years of tamoxifen: retrospective analysis of the Intergroup Exemestane Study. Lancet Oncol 2012;13(4):420–32.',
  },
  chien2020: {
    kind: 'primary',
    citation:
      'Chien HC, Kao Yang YH, Kwoh CK, Chalasani P, Wilson DL, Lo-Ciganic WH. Aromatase inhibitors and risk of arthritis and carpal tunnel syndrome among Taiwanese women with breast cancer. J Clin Med 2020;9:566.',
  },
  soumaya2016: {
    kind: 'primary',
    citation:
      'Soumaya L, Nesrine M, Houda EB, Mehdi A, Sarra L, Hamouda B. Aromatase inhibitor-induced carpal tunnel syndrome: prevalence in daily practice. Cancer Chemother Pharmacol 2016;78(6):1311–5.',
  },
  nishihori2008: {
    kind: 'primary',
    citation:
      "Carpal tunnel syndrome associated with the use of aromatase inhibitors in breast cancer (6-patient series). Clin Breast Cancer 2008;8(4):362–5 (first author Nishihori T per researcher's recollection; not retrieved).",
  },
  ardeljan2020: {
    kind: 'primary',
    citation:
      'Ardeljan A, Palmer J, Ardeljan A, Vakharia RM, Madden MO, Roche MW. Increased risk of carpal tunnel syndrome and trigger finger in women using aromatase inhibitor medications. American Association for Hand Surgery 2020 abstract HS25.',
  },
  hollins2022: {
    kind: 'primary',
    citation:
      'Hollins AW, Hein R, Atia A, Zhang G, Sergesketter A, Darner G, Morris M, Mithani SK. Variations in incidence of trigger finger and response to corticosteroid injection after aromatase inhibitor therapy for breast cancer. Plast Reconstr Surg 2022 (PMID 36729073).',
  },
  'unlv-tf': {
    kind: 'primary',
    citation:
      'Incidence and treatment efficacy of trigger finger in the breast cancer population on aromatase inhibitors (single centre 2010–2019; UNLV School of Medicine faculty publication; journal and authors not retrieved).',
  },
  'tw-hand2019': {
    kind: 'primary',
    citation:
      "Prevalence and risk factors of De Quervain's disease, CTS and trigger finger in the Taiwan NHIRD 2010–2014 (41,871 cases). PMC6344158 (authors not retrieved).",
  },
  'tw-hrt-cts': {
    kind: 'primary',
    citation:
      'Association between hormone replacement therapy and carpal tunnel syndrome: a nationwide population-based study (Taiwan). PMC8728457 (authors not retrieved).',
  },
  crew2007: {
    kind: 'primary',
    citation:
      'Crew KD, Greenlee H, Capodice J, Raptis G, Brafman L, Fuentes D, Sierra A, Hershman DL. Prevalence of joint symptoms in postmenopausal women taking aromatase inhibitors for early-stage breast cancer. J Clin Oncol 2007;25(25):3877–83.',
  },
  mao2009: {
    kind: 'primary',
    citation:
      "Patterns and risk factors associated with aromatase inhibitor-related arthralgia among breast cancer survivors. Cancer 2009 (PMC3569524); first author Mao JJ per researcher's recollection.",
  },
  kanematsu2011: {
    kind: 'primary',
    citation:
      'Kanematsu M, Morimoto M, Honda J, Nagao T, Nakagawa M, Takahashi M, Tangoku A, Sasa M. The time since last menstrual period is important as a clinical predictor for non-steroidal aromatase inhibitor-related arthralgia. BMC Cancer 2011;11:436.',
  },
  arthcare2012: {
    kind: 'primary',
    citation:
      'Defining the aromatase inhibitor musculoskeletal syndrome: a prospective study. Arthritis Care Res (Hoboken) 2012 (Dec); doi:10.1002/acr.21756; PMC3504184 (authors not retrieved; Weill Cornell/HSS).',
  },
  morales2008: {
    kind: 'primary',
    citation:
      'Morales L, Pans S, Verschueren K, et al. Prospective study to assess short-term intra-articular and tenosynovial changes in the aromatase inhibitor-associated arthralgia syndrome. J Clin Oncol 2008;26(19):3147–52.',
  },
  'lintermans-24mo': {
    kind: 'primary',
    citation:
      'Prospective study to assess fluid accumulation and tenosynovial changes in the aromatase inhibitor-induced musculoskeletal syndrome: 2-year follow-up data (33 patients; Leuven group; journal/authors not retrieved).',
  },
  henry2010us: {
    kind: 'primary',
    citation:
      'Henry NL, Jacobson JA, Banerjee M, et al. A prospective study of aromatase inhibitor-associated musculoskeletal symptoms and abnormalities on serial high-resolution wrist ultrasonography. Cancer 2010;116(18):4360–7.',
  },
  martinez2021: {
    kind: 'primary',
    citation:
      'Martinez JA, Taljanovic MS, Witte RS, et al. Shear wave elastography detects novel imaging biomarkers of aromatase inhibitor-induced joint pain: a pilot study. J Ultrason 2021;21(84):e1–6.',
  },
  beckwee2017: {
    kind: 'review',
    citation:
      'Beckwée D, Leysen L, Meuwis K, Adriaenssens N. Prevalence of aromatase inhibitor-induced arthralgia in breast cancer: a systematic review and meta-analysis. Support Care Cancer 2017;25(5):1673–86.',
  },
  seber2016: {
    kind: 'primary',
    citation:
      'Seber S, Solmaz D, Yetisyigit T. Antihormonal treatment associated musculoskeletal pain in women with breast cancer in the adjuvant setting. Onco Targets Ther 2016;9:4929–35.',
  },
  ingle2010: {
    kind: 'primary',
    citation:
      'Ingle JN, Schaid DJ, Goss PE, et al. Genome-wide associations and functional genomic studies of musculoskeletal adverse events in women receiving aromatase inhibitors. J Clin Oncol 2010;28(31):4674–82.',
  },
  hertz2017: {
    kind: 'review',
    citation:
      'Hertz DL, Henry NL, Rae JM. Germline genetic predictors of aromatase inhibitor concentrations, estrogen suppression and drug efficacy and toxicity in breast cancer patients. Pharmacogenomics 2017;18(5):481–99.',
  },
  hyder2021: {
    kind: 'review',
    citation:
      'Aromatase inhibitor-associated musculoskeletal syndrome: understanding mechanisms and management. Front Endocrinol 2021;12:713700 (Pittsburgh/UPMC authors; names not retrieved).',
  },
  din2010: {
    kind: 'review',
    citation:
      'Din OS, Dodwell D, Wakefield RJ, Coleman RE. Aromatase inhibitor-induced arthralgia in early breast cancer: what do we know and how can we find out more? Breast Cancer Res Treat 2010;120(3):525–38.',
  },
  peppone2015: {
    kind: 'primary',
    citation:
      'Peppone LJ, Janelsins MC, Kamen C, et al. The effect of YOCAS yoga for musculoskeletal symptoms among breast cancer survivors on hormonal therapy. Breast Cancer Res Treat 2015;150:597–604.',
  },
  oncolink: {
    kind: 'secondary',
    citation: 'OncoLink. Aromatase inhibitor-related joint pain (patient page).',
  },
  emedhealth: {
    kind: 'secondary',
    citation: 'eMedicineHealth. Do all aromatase inhibitors cause joint pain? (reviewed 18 Mar 2022).',
  },
  dfci2014: {
    kind: 'secondary',
    citation:
      'Kelly A (NP), Dana-Farber Insight blog, "How to cope with side effects of aromatase inhibitors", May 2014.',
  },
  bcna: {
    kind: 'secondary',
    citation:
      'Breast Cancer Network Australia. Joint pain related to hormone-blocking treatments (resource hub).',
  },
  henry2012: {
    kind: 'primary',
    citation:
      'Henry NL, Azzouz F, Desta Z, et al. Predictors of aromatase inhibitor discontinuation as a result of treatment-emergent symptoms in early-stage breast cancer. J Clin Oncol 2012;30(9):936–42 (PMID 22331951).',
  },
  chim2013: {
    kind: 'primary',
    citation:
      'Joint pain severity predicts premature discontinuation of aromatase inhibitors in breast cancer survivors. BMC Cancer 2013;13:401 (Penn group; authors not retrieved).',
  },
  oncologist2016: {
    kind: 'primary',
    citation:
      'Patient-reported outcomes and early discontinuation in aromatase inhibitor-treated postmenopausal women with early stage breast cancer (ELPh). Oncologist 2016;21(5):539–46 (authors not retrieved).',
  },
  hershman2011: {
    kind: 'primary',
    citation:
      'Hershman DL, Shao T, Kushi LH, et al. Early discontinuation and non-adherence to adjuvant hormonal therapy are associated with increased mortality in women with breast cancer. Breast Cancer Res Treat 2011;126(2):529–37. (Cohort first described: Hershman DL et al. J Clin Oncol 2010;28(27):4120–8.)',
  },
  murphy2012: {
    kind: 'review',
    citation:
      'Systematic review of adherence and persistence to adjuvant hormonal therapy among breast cancer survivors (29 studies), PMC3607286 (authors not retrieved).',
  },
  chlebowski2014: {
    kind: 'review',
    citation:
      'Chlebowski RT, Kim J, Haque R. Adherence to endocrine therapy in breast cancer adjuvant and prevention settings. Cancer Prev Res 2014;7(4):378–87.',
  },
  briot2010: {
    kind: 'primary',
    citation:
      'Briot K, Tubiana-Hulin M, Bastit L, Kloos I, Roux C. Effect of a switch of aromatase inhibitors on musculoskeletal symptoms in postmenopausal women with hormone-receptor-positive breast cancer: the ATOLL study. Breast Cancer Res Treat 2010;120(1):127–34.',
  },
  kadakia2017: {
    kind: 'primary',
    citation:
      'Kadakia KC, Kidwell KM, Seewald NJ, et al. Prospective assessment of patient-reported outcomes and estradiol and drug concentration in patients experiencing toxicity from adjuvant aromatase inhibitors. Breast Cancer Res Treat 2017;164(2):411–9.',
  },
  bryce2012: {
    kind: 'review',
    citation:
      'Bryce J, Bauer M, Hadji P. Managing arthralgia in a postmenopausal woman taking an aromatase inhibitor: a case study. Cancer Manag Res 2012;4:105–11 (Table 2 summarizes ALIQUOT, ATOLL, Yardley).',
  },
  irwin2015: {
    kind: 'primary',
    citation:
      'Irwin ML, Cartmel B, Gross CP, et al. Randomized exercise trial of aromatase inhibitor-induced arthralgia in breast cancer survivors. J Clin Oncol 2015;33(10):1104–11.',
  },
  'ascopost-hope': {
    kind: 'secondary',
    citation: 'ASCO Post news summary of HOPE (ascopost.com/News/21612).',
  },
  baglia2019: {
    kind: 'primary',
    citation:
      'Baglia ML, Lin IH, Cartmel B, et al. Endocrine-related quality of life in a randomized trial of exercise on AI-induced arthralgias. Cancer 2019;125(13):2262–71.',
  },
  'cochrane-hope': {
    kind: 'review',
    citation: 'Cochrane CD012988 "Characteristics of studies" table for Irwin 2015 (PMC6987034).',
  },
  roberts2020: {
    kind: 'review',
    citation:
      'Roberts KE, et al. Exercise therapies for preventing or treating aromatase inhibitor-induced musculoskeletal symptoms in early breast cancer. Cochrane Database Syst Rev 2020;(1):CD012988.',
  },
  'cochrane-sys2021': {
    kind: 'review',
    citation:
      'Systemic therapies for preventing or treating aromatase inhibitor-induced musculoskeletal symptoms in early breast cancer. Cochrane Database Syst Rev, CD013167.pub2 (searches to 2021).',
  },
  hershman2018: {
    kind: 'primary',
    citation:
      'Hershman DL, Unger JM, Greenlee H, et al. Effect of acupuncture vs sham acupuncture or waitlist control on joint pain related to aromatase inhibitors among women with early-stage breast cancer (SWOG S1200). JAMA 2018;320(2):167–76.',
  },
  hershman2022: { kind: 'primary', citation: 'S1200 52-week follow-up. JAMA Netw Open 2022 (PMC9652759).' },
  onurseadv: {
    kind: 'secondary',
    citation: 'Oncology Nurse Advisor summary of S1200 (6-week BPI-WP reductions by arm).',
  },
  bao2013: {
    kind: 'primary',
    citation:
      'Bao T, Cai L, Giles JT, et al. A dual-center randomized controlled double blind trial assessing the effect of acupuncture in reducing musculoskeletal symptoms in breast cancer patients taking aromatase inhibitors. Breast Cancer Res Treat 2013;138(1):167–74.',
  },
  henry2018: {
    kind: 'primary',
    citation:
      'Henry NL, Unger JM, Schott AF, et al. Randomized, multicenter, placebo-controlled clinical trial of duloxetine versus placebo for aromatase inhibitor-associated arthralgias in early-stage breast cancer: SWOG S1202. J Clin Oncol 2018;36(4):326–32.',
  },
  'ascopost-s1202': {
    kind: 'secondary',
    citation: 'ASCO Post news summary of S1202 (ascopost.com/News/58284).',
  },
  'medscape-s1202': {
    kind: 'secondary',
    citation: 'Schapira L. Medscape commentary on S1202, Dec 2017 (read via a mirror page).',
  },
  hershman2015: {
    kind: 'primary',
    citation:
      'Hershman DL, Unger JM, Crew KD, et al. Randomized multicenter placebo-controlled trial of omega-3 fatty acids for the control of aromatase inhibitor-induced musculoskeletal pain: SWOG S0927. J Clin Oncol 2015;33(17):1910–7.',
  },
  shen2018: {
    kind: 'primary',
    citation:
      'Shen S, Unger JM, Crew KD, et al. Omega-3 fatty acid use for obese breast cancer patients with aromatase inhibitor-related arthralgia (SWOG S0927). Breast Cancer Res Treat 2018;172(3):603–10.',
  },
  khan2017: {
    kind: 'primary',
    citation:
      'Khan QJ, Kimler BF, Reddy PS, et al. Randomized trial of vitamin D3 to prevent worsening of musculoskeletal symptoms in women with breast cancer receiving adjuvant letrozole: the VITAL trial. Breast Cancer Res Treat 2017 (doi:10.1007/s10549-017-4429-8).',
  },
  shapiro2016: {
    kind: 'primary',
    citation:
      'Shapiro AC, Adlis SA, Robien K, et al. Randomized, blinded trial of vitamin D3 for treating AIMSS. Breast Cancer Res Treat 2016;155(3):501–12.',
  },
  baylor2019: {
    kind: 'primary',
    citation:
      'Randomized controlled trial of high-dose versus standard-dose vitamin D3 for prevention of aromatase inhibitor-induced arthralgia. Breast Cancer Res Treat 2019;177(2):427–35 (Baylor; authors not retrieved).',
  },
  yang2017: {
    kind: 'review',
    citation:
      'Yang GS, Kim HJ, Griffith KA, Zhu S, Dorsey SG, Renn CL. Interventions for the treatment of AI-associated arthralgia: systematic review and meta-analysis. Cancer Nurs 2017.',
  },
  bae2023: {
    kind: 'review',
    citation:
      'Bae K, Lamoury G, Carroll S, et al. Comparison of the clinical effectiveness of treatments for AI-induced arthralgia: network meta-analysis. Crit Rev Oncol Hematol 2023:103898.',
  },
  mao2022: {
    kind: 'guideline',
    citation:
      'Mao JJ, Ismaila N, Bao T, et al. Integrative medicine for pain management in oncology: Society for Integrative Oncology–ASCO guideline. J Clin Oncol 2022 (doi:10.1200/JCO.22.01357).',
  },
  runowicz2016: {
    kind: 'guideline',
    citation:
      'Runowicz CD, Leach CR, Henry NL, et al. American Cancer Society/American Society of Clinical Oncology Breast Cancer Survivorship Care Guideline. CA Cancer J Clin 2016 (doi:10.3322/caac.21319) and J Clin Oncol 2016.',
  },
  nccn2019: {
    kind: 'guideline',
    citation:
      'Sanft T, Denlinger CS, et al. Survivorship, Version 2.2019, NCCN Insights. J Natl Compr Canc Netw 2019;17(7):784–94.',
  },
  themeditary: { kind: 'secondary', citation: 'Medical Q&A page on relieving tamoxifen/AI joint pain.' },
  'fresno-qotd': {
    kind: 'secondary',
    citation: 'Internal-medicine board-style question page (questionoftheday.fresnoim.com) on AI arthralgia.',
  },
  graham2006: {
    kind: 'primary',
    citation:
      'Graham B, Regehr G, Naglie G, Wright JG. Development and validation of diagnostic criteria for carpal tunnel syndrome. J Hand Surg Am 2006;31(6):919–24 (primary text not retrieved; items/weights via calculators).',
  },
  graham2008: {
    kind: 'primary',
    citation:
      'Graham B. The value added by electrodiagnostic testing in the diagnosis of carpal tunnel syndrome. J Bone Joint Surg Am 2008;90(12):2587–93.',
  },
  'mdcalc-cts6': {
    kind: 'secondary',
    citation: 'MDCalc, Carpal Tunnel Syndrome-6 (CTS-6), mdcalc.com/calc/10631.',
  },
  'cts6-calc': { kind: 'secondary', citation: 'CTS-6 calculator item definitions (p-web.fly.dev).' },
  'medcalcu-cts6': {
    kind: 'secondary',
    citation: 'medcalcu.com CTS-6 calculator (bands ≤ 5 / 5.5–12 / > 12).',
  },
  'cliot-cts6': {
    kind: 'secondary',
    citation: 'R package `cliot` 1.0.0, function `cts6_score` (rdrr.io / rdocumentation).',
  },
  clincalcpro: {
    kind: 'secondary',
    citation: 'clincalcpro.com "CTS-6" page — lists non-Graham items; **do not use**.',
  },
  'cts6-thai2025': {
    kind: 'primary',
    citation:
      'Buntragulpoontawee M, Tongprasert S, Khorana J, et al. Validation of the CTS-6 evaluation tool in Thai wheelchair users. PLoS One 2025 (doi:10.1371/journal.pone.0319158).',
  },
  katz1990: {
    kind: 'primary',
    citation:
      'Katz JN, Stirrat CR, Larson MG, Fossel AH, Eaton HM, Liang MH. A self-administered hand symptom diagram for the diagnosis and epidemiologic study of carpal tunnel syndrome. J Rheumatol 1990;17(11):1495–8.',
  },
  'katz-afp': {
    kind: 'review',
    citation:
      'Wipperman J, Goerl K. Carpal tunnel syndrome: diagnosis and management. Am Fam Physician 2016;94(12):993–9, Figure 2 (Katz diagram patterns).',
  },
  'ccjm-katz': {
    kind: 'review',
    citation:
      'Cleveland Clinic Journal of Medicine table "Katz hand diagram classification of CTS" (article not identified).',
  },
  darcy2000: {
    kind: 'review',
    citation:
      "D'Arcy CA, McGee S. The rational clinical examination. Does this patient have carpal tunnel syndrome? JAMA 2000;283(23):3110–7.",
  },
  calfee2012: {
    kind: 'primary',
    citation:
      'Calfee RP, Dale AM, Ryan D, Descatha A, Franzblau A, Evanoff B. Performance of simplified scoring systems for hand diagrams in carpal tunnel syndrome screening. J Hand Surg Am 2012;37(1):10–7.',
  },
  norway2021: {
    kind: 'primary',
    citation:
      'Norwegian CTS-6 symptom scale, BCTQ and hand-diagram validation. Front Neurol 2021 (doi:10.3389/fneur.2021.683807).',
  },
  hansen2004: {
    kind: 'primary',
    citation:
      'Flick maneuver study, 142 EDX referrals (Hansen PA et al., Am J Phys Med Rehabil 2004, per physiotutors summary).',
  },
  bland2000: {
    kind: 'primary',
    citation:
      'Bland JDP. A neurophysiological grading scale for carpal tunnel syndrome. Muscle Nerve 2000;23(8):1280–3.',
  },
  hirani2020: {
    kind: 'primary',
    citation:
      'Hirani S. An update to the present CTS nerve conduction grading tool. Int Arch Clin Physiol 2020;2:006.',
  },
  aaos2008: {
    kind: 'guideline',
    citation: 'AAOS Clinical Practice Guideline on the Treatment of CTS, 2008 (AAOS Now Oct 2008 summary).',
  },
  aaos2016: {
    kind: 'guideline',
    citation:
      'Graham B, Peljovich AE, Afra R, et al. AAOS evidence-based clinical practice guideline on management of CTS. J Bone Joint Surg Am 2016;98(20):1750–4; orthoguidelines.org topic 1020.',
  },
  'manente-via-aaos': {
    kind: 'guideline',
    citation: 'orthoguidelines.org rationale for immobilization citing Hall 2013 and Manente 2001.',
  },
  aaos2024: {
    kind: 'guideline',
    citation:
      'AAOS CPG for the Management of CTS, approved May 2024 (AAOS Now 20 Jun 2024; Guideline Central summary, 18 May 2024).',
  },
  'nhs-ebi-cts': {
    kind: 'guideline',
    citation:
      'NHS England Evidence-Based Interventions criteria for CTS release, as reproduced by South Kent Coast referral support (RaTC).',
  },
  'coventry-cts': {
    kind: 'guideline',
    citation: 'Coventry & Rugby GP Gateway, Carpal Tunnel Syndrome (mild/moderate/severe definitions).',
  },
  'cornwall-cts': {
    kind: 'guideline',
    citation: 'Cornwall primary care clinical referral criteria, Carpal Tunnel Syndrome (red flags).',
  },
  'lothian-cts': { kind: 'guideline', citation: 'NHS Lothian RefHelp, Carpal tunnel (what to refer).' },
  'glos-cts': { kind: 'guideline', citation: 'Gloucestershire G-Care pathway 38, Carpal tunnel syndrome.' },
  verdugo2008: {
    kind: 'review',
    citation:
      'Verdugo RJ, Salinas RA, Castillo JL, Cea JG. Surgical versus non-surgical treatment for carpal tunnel syndrome. Cochrane Database Syst Rev 2008;(4).',
  },
  shi2011: {
    kind: 'review',
    citation:
      'Shi Q, MacDermid JC. Is surgical intervention more effective than non-surgical treatment for CTS? J Orthop Surg Res 2011;6:17.',
  },
  jhs2015sev: {
    kind: 'primary',
    citation:
      'Symptom resolution after mini-open CTR in electrodiagnostically moderate vs severe CTS (J Hand Surg Am 2015; PMID 25708432; authors not retrieved).',
  },
  jhs2021inj: {
    kind: 'primary',
    citation:
      'Nonsurgical treatment for symptomatic CTS: RCT comparing local corticosteroid injection versus night orthosis. J Hand Surg Am 2021;46(4):295–300 (authors not retrieved).',
  },
  'canfp-cts2006': {
    kind: 'review',
    citation:
      'Evidence-based review of nonsurgical family-physician management of CTS (PMC1466671; journal/authors not retrieved).',
  },
  'afp-cts-text': {
    kind: 'secondary',
    citation:
      'Secondary web page reproducing clinical text on CTS symptom distribution (alumniagri.in). Low authority.',
  },
  'cts-symptoms-pages': {
    kind: 'secondary',
    citation:
      'Patient-facing symptom pages (towriteornotto.blogspot.com; biologyinsights.com). Low authority.',
  },
  kale2023: {
    kind: 'seed',
    citation: '[S/R] Kale S. Trigger finger workup. Medscape Reference, updated 17 Jan 2023.',
  },
  orthofixar: { kind: 'secondary', citation: 'Orthofixar, Green classification of trigger finger (I–IV).' },
  'gopolicy-green': {
    kind: 'secondary',
    citation:
      'Abstract "Lateral band subluxation: an unusual case of pseudotrigger" describing Green\'s grades I–IV with IIIA/IIIB.',
  },
  dralex: {
    kind: 'secondary',
    citation: 'Hand surgeon practice page describing grades 1–4 with 3A/3B and associations.',
  },
  'green-var': {
    kind: 'seed',
    citation: 'shorthand for the Green variants above: [orthofixar][gopolicy-green][dralex].',
  },
  quinnell1980: {
    kind: 'primary',
    citation:
      "Quinnell RC. Conservative management of trigger finger. Practitioner 1980;224:187–90 (citation from researcher's recollection; grade definitions not retrieved).",
  },
  inha2022: {
    kind: 'primary',
    citation:
      'Steroid injection using tendon excursion for trigger finger. Arch Hand Microsurg 2022;27(1):33–40 (doi:10.12790/ahm.21.0134; Inha University).',
  },
  wojahn2014: {
    kind: 'primary',
    citation:
      "Long-term outcomes following a single corticosteroid injection for trigger finger. J Bone Joint Surg Am 2014 (PMID 25410501; doi:10.2106/JBJS.N.00004); first author Wojahn RD per researcher's recollection.",
  },
  dardas2017: {
    kind: 'primary',
    citation:
      'Dardas AZ, VandenBerg J, Shen T, Gelberman RH, Calfee RP. Long-term effectiveness of repeat corticosteroid injections for trigger finger. J Hand Surg Am 2017;42(4):227–35.',
  },
  chang2018: {
    kind: 'review',
    citation:
      'Chang CJ, Chang SP, Kao LT, Tai TW, Jou IM. A meta-analysis of corticosteroid injection for trigger digits among patients with diabetes. Orthopedics 2018;41(1):e8–e14.',
  },
  prs2022tf: {
    kind: 'primary',
    citation:
      'Retrospective review of 297 trigger-finger patients treated with corticosteroid injection, 2013–2019. Plast Reconstr Surg 2022 (doi:10.1097/PRS.0000000000009320; authors not retrieved).',
  },
  tarbhai2012: {
    kind: 'primary',
    citation:
      'Tarbhai K, Hannah S, von Schroeder HP. Trigger finger treatment: a comparison of 2 splint designs. J Hand Surg Am 2012;37(2):243–9.',
  },
  teo2018: {
    kind: 'primary',
    citation:
      'Teo SH, Ng DCL, Wong YKY. Effectiveness of PIP joint-blocking vs MCP joint-blocking orthosis in trigger digit management: RCT. J Hand Ther 2018.',
  },
  'tf-meta': {
    kind: 'review',
    citation:
      'Efficacy of corticosteroid injection for treatment of trigger finger: a meta-analysis of randomized controlled trials (10 trials, 806 patients; authors not retrieved).',
  },
  wang2013: {
    kind: 'review',
    citation:
      'Wang J, Zhao JG, Liang CC. Percutaneous release, open surgery, or corticosteroid injection, which is the best treatment method for trigger digits? Clin Orthop Relat Res 2013;471(6):1879–86.',
  },
  lin2016: {
    kind: 'primary',
    citation:
      'Lin CJ, Huang HK, Wang ST, et al. Open versus percutaneous release for trigger digits: reversal between short-term and long-term outcomes. J Chin Med Assoc 2016;79(6):340–4.',
  },
  'egypt-tf': {
    kind: 'primary',
    citation:
      'Comparative study between percutaneous release and open surgery for treatment of trigger fingers (30 patients; aujv.journals.ekb.eg).',
  },
  dhillon2024: { kind: 'secondary', citation: 'Dhillon KS. Trigger finger (blog review), March 2024.' },
  goubau2014: {
    kind: 'primary',
    citation:
      "Goubau JF, Goubau L, Van Tongel A, Van Hoonacker P, Kerckhove D, Berghs B. The wrist hyperflexion and abduction of the thumb (WHAT) test: a more specific and sensitive test to diagnose de Quervain tenosynovitis than the Eichhoff's test. J Hand Surg Eur 2014;39(3):286–92.",
  },
  seekhealthz: {
    kind: 'secondary',
    citation: 'Page summarizing Eichhoff sens 89%/spec 14% and WHAT sens 99%/spec 29%.',
  },
  'wu2018-via-physiopedia': {
    kind: 'secondary',
    citation:
      "Physiopedia, WHAT test page, citing Wu F, Rajpura A, Sandher D (Finkelstein's test superior to Eichhoff's).",
  },
  richie2003: {
    kind: 'review',
    citation:
      "Corticosteroid injection for treatment of de Quervain's tenosynovitis: a pooled quantitative literature evaluation (Richie CA, Briner WW; J Am Board Fam Pract 2003 per researcher's recollection).",
  },
  rowland2015: {
    kind: 'review',
    citation:
      "Rowland P, Phelan N, Gardiner S, Linton KN, Galvin R. The effectiveness of corticosteroid injection for De Quervain's stenosing tenosynovitis: systematic review and meta-analysis. Open Orthop J 2015;9:437–44.",
  },
  'dq-nma2024': {
    kind: 'review',
    citation:
      'Chong HH, Pradhan A, Dhingra M, Liong W, Hau MYT, Shah R. Advancements in de Quervain tenosynovitis management: a comprehensive network meta-analysis (2024).',
  },
  'dq-csi-imm': {
    kind: 'review',
    citation:
      "Corticosteroid injection versus immobilisation for the treatment of De Quervain's tenosynovitis: a systematic review and meta-analysis (cites prevalence 0.5% men, 1.3% women; authors not retrieved).",
  },
  'glos-dq': {
    kind: 'guideline',
    citation: 'Gloucestershire G-Care wrist tendinopathy/De Quervain pathway (pathway 40).',
  },
  shehab2013: {
    kind: 'review',
    citation:
      'Shehab R, Mirabelli MH. Evaluation and diagnosis of wrist pain: a case-based approach. Am Fam Physician 2013;87(8):568–73.',
  },
  canfp2024: {
    kind: 'review',
    citation: 'Approach to chronic wrist pain in primary care (Can Fam Physician 2024; PMC11126282).',
  },
  cmaj2013: {
    kind: 'review',
    citation: 'Carpometacarpal osteoarthritis of the thumb (CMAJ 2013; PMC3563889).',
  },
  prohand: {
    kind: 'secondary',
    citation: 'Proliance Hand, "Pain in thumb joint" (Swedish prevalence 1.4%, 78.5% women).',
  },
  'umem-intersection': {
    kind: 'secondary',
    citation: 'Corwell B. UMEM Educational Pearls, "Dorsal wrist pain" (intersection syndrome), May 2023.',
  },
  'msk-key': {
    kind: 'secondary',
    citation: 'Manske RC, Stovak M. Forearm tendinitis chapter (musculoskeletalkey.com).',
  },
  'jabfm-is': {
    kind: 'primary',
    citation:
      "Intersection syndrome vs De Quervain's case report with saline hydrodissection. J Am Board Fam Med 2017;30(4):547.",
  },
  'sato2023-ecu': {
    kind: 'primary',
    citation:
      'Sato J, Ishii Y, Noguchi H, Takahashi I. Clinical and ultrasound features of constrained extensor carpi ulnaris tendinopathy. Open Orthop J 2023;17:e187432502307060.',
  },
  'etg-fts': {
    kind: 'guideline',
    citation: 'Therapeutic Guidelines (eTG) Rheumatology: flexor tenosynovitis and trigger finger (mirror).',
  },
  'glos-lump': { kind: 'guideline', citation: 'Gloucestershire G-Care pathway 48 (hand lumps/ganglia).' },
  'glos-hand': {
    kind: 'guideline',
    citation: 'Gloucestershire G-Care "Red flags for elbows, wrists & hands" (pathways 38–50).',
  },
  'ggc-hand': {
    kind: 'guideline',
    citation: 'NHS Greater Glasgow & Clyde MSK index, hand red flags (reviewed 30 Apr 2024).',
  },
  'kanavel-msd': {
    kind: 'review',
    citation: 'MSD Manual Professional, Infectious flexor tenosynovitis (Kanavel signs).',
  },
  aliem: {
    kind: 'secondary',
    citation: 'ALiEM Splinter Series "Sausage finger" (Kanavel sensitivity/specificity ranges).',
  },
  'bjgp-fts': {
    kind: 'primary',
    citation: 'Flexor sheath infection case report. Br J Gen Pract 2019;69(683):315.',
  },
  'nice-cg79': {
    kind: 'guideline',
    citation: 'NICE CG79 Rheumatoid arthritis (2009) rec. 1.1.1.1–1.1.1.2 (now NG100) and QS33.',
  },
  eular: {
    kind: 'guideline',
    citation:
      'Combe B et al. EULAR recommendations for the management of early arthritis (2007; 2016 update summarized by AusDoc).',
  },
  'rnhrd-eia': {
    kind: 'guideline',
    citation:
      'Royal National Hospital for Rheumatic Diseases (Bath), Early inflammatory arthritis referral guidance.',
  },
  'scot-lymph': {
    kind: 'guideline',
    citation: 'Scottish Cancer Network clinical management pathway, breast supportive care: lymphoedema.',
  },
  'bcn-lymph': { kind: 'secondary', citation: 'Breast Cancer Now, Lymphoedema information page.' },
  ctcae5: {
    kind: 'guideline',
    citation:
      'NCI Common Terminology Criteria for Adverse Events v5.0 (27 Nov 2017), musculoskeletal terms (via a published table).',
  },
  'karger-cipn': {
    kind: 'review',
    citation:
      'Prevention and management of chemotherapy-induced peripheral neuropathy. Breast Care (Karger) 2019;14(2):79ff.',
  },
  tofthagen2013: {
    kind: 'primary',
    citation:
      'Tofthagen C, McAllister RD, Visovsky C. Peripheral neuropathy caused by paclitaxel and docetaxel. J Adv Pract Oncol 2013;4(4):204–15.',
  },
  'scc2020-cipn': {
    kind: 'primary',
    citation:
      'Taxane-induced peripheral neuropathy: differences in patient report and objective assessment. Support Care Cancer 2020;28(9):4459–66.',
  },
  'nj-blog': {
    kind: 'secondary',
    citation: 'nj.com breast-cancer blog (2010): joint pain vs fear of metastasis.',
  },
  levine1993: {
    kind: 'primary',
    citation:
      'Levine DW, Simmons BP, Koris MJ, et al. A self-administered questionnaire for the assessment of severity of symptoms and functional status in carpal tunnel syndrome. J Bone Joint Surg Am 1993;75(11):1585–92.',
  },
  'physiopedia-bctq': {
    kind: 'secondary',
    citation: "Physiopedia, Brigham and Women's Carpal Tunnel Questionnaire.",
  },
  sambandam2008: {
    kind: 'review',
    citation:
      'Sambandam SN, Priyanka P, Gul A, Ilango B. Critical analysis of outcome measures used in the assessment of CTS. Int Orthop 2008;32(4):497–504.',
  },
  leite2006: {
    kind: 'review',
    citation:
      'de Carvalho Leite JC, Jerosch-Herold C, Song F. A systematic review of the psychometric properties of the BCTQ. BMC Musculoskelet Disord 2006;7:78.',
  },
  'issuhub-bctq': {
    kind: 'review',
    citation: 'Book chapter "PROMs for carpal tunnel syndrome" (Table 13.1; modified BCTQ).',
  },
  'bctq-mcid2013': {
    kind: 'primary',
    citation:
      'Minimal clinically important difference of BCTQ after carpal tunnel release in diabetic and nondiabetic patients. Plast Reconstr Surg 2013 (PMID 23416439; PMC4787587; authors not retrieved).',
  },
  'authorea-bctq': {
    kind: 'secondary',
    citation: 'Preprint (Authorea) using BCTQ MCID of 8.8 (SSS) and 4 (FSS) in summed units.',
  },
  sprypt: {
    kind: 'secondary',
    citation:
      'SPRY PT, "Boston Carpal Tunnel Questionnaire: facts every clinician should know" (Oct 2025) — claims no licensing fee.',
  },
  gummesson2006: {
    kind: 'primary',
    citation:
      'Gummesson C, Ward MM, Atroshi I. The shortened DASH (QuickDASH): validity and reliability based on responses within the full-length DASH. BMC Musculoskelet Disord 2006;7:44.',
  },
  'assess-toolkit': {
    kind: 'secondary',
    citation:
      'Assessment toolkit page on QuickDASH (authors Beaton, Wright, Katz; IWH 2005; free for clinical/research use).',
  },
  'iwh-licence': {
    kind: 'guideline',
    citation: 'Institute for Work & Health, DASH/QuickDASH licences (dash.iwh.on.ca/licences).',
  },
  franchignoni2014: {
    kind: 'primary',
    citation:
      'Franchignoni F, Vercelli S, Giordano A, Sartorio F, Bravini E, Ferriero G. Minimal clinically important difference of the DASH and QuickDASH. J Orthop Sports Phys Ther 2014;44(1):30–9.',
  },
  sorensen2013: {
    kind: 'primary',
    citation:
      'Sorensen AA, Howard D, Tan WH, Ketchersid J, Calfee RP. Minimal clinically important differences of 3 patient-rated outcomes instruments. J Hand Surg Am 2013;38(4):641–9 (via ISSH outcome-measures page).',
  },
  rysstad2020: {
    kind: 'primary',
    citation:
      'Rysstad T, Grotle M, Klokk LP, Tveter AT. Responsiveness and minimal important change of the QuickDASH and PSFS in shoulder pain. BMC Musculoskelet Disord 2020;21:328.',
  },
  'nci-faq': {
    kind: 'guideline',
    citation: 'NCI PRO-CTCAE FAQ and background pages (healthcaredelivery.cancer.gov/pro-ctcae).',
  },
  basch2021: {
    kind: 'primary',
    citation:
      'Basch E, Becker C, Rogak LJ, et al. Composite grading algorithm for the NCI PRO-CTCAE. Clin Trials 2021;18(1):104–14 (doi:10.1177/1740774520975120).',
  },
  'proae-sas': {
    kind: 'secondary',
    citation:
      'DueckLab ProAE-SAS macro `PROCTCAE_scores.sas` (GPL-3) and CRAN package ProAE (Langlais B, Dueck A) — composite lookup and item numbering. Read-only reference; do not copy code.',
  },
  'bpi-guide': {
    kind: 'guideline',
    citation: 'Cleeland CS. The Brief Pain Inventory User Guide (2009), copyright and terms of use.',
  },
  'mda-bpi': {
    kind: 'guideline',
    citation: 'MD Anderson Cancer Center, Brief Pain Inventory page (scoring guidance).',
  },
  'ninds-bpi': { kind: 'guideline', citation: 'NINDS Common Data Elements, BPI-SF notice of copyright.' },
  'sralab-bpi': {
    kind: 'secondary',
    citation:
      'Shirley Ryan AbilityLab Rehabilitation Measures Database, BPI (cost description; internally inconsistent).',
  },
  farrar2001: {
    kind: 'primary',
    citation:
      'Farrar JT, Young JP, LaMoreaux L, Werth JL, Poole RM. Clinical importance of changes in chronic pain intensity measured on an 11-point numerical pain rating scale. Pain 2001;94(2):149–58.',
  },
  farrar2010: {
    kind: 'primary',
    citation:
      'The clinical importance of changes in the 0–10 NRS for worst, least and average pain (pooled duloxetine trials). J Pain 2010;11(2):109–18.',
  },
  basch2016: {
    kind: 'primary',
    citation:
      'Basch E, Deal AM, Kris MG, et al. Symptom monitoring with patient-reported outcomes during routine cancer treatment: a randomized controlled trial. J Clin Oncol 2016;34(6):557–65.',
  },
  basch2017: {
    kind: 'primary',
    citation:
      'Basch E, Deal AM, Dueck AC, et al. Overall survival results of a trial assessing patient-reported outcomes for symptom monitoring during routine cancer treatment. JAMA 2017;318(2):197–8.',
  },
  basch2022: {
    kind: 'primary',
    citation:
      'Basch E, Schrag D, Henson S, et al. Effect of electronic symptom monitoring on patient-reported outcomes among patients with metastatic cancer (PRO-TECT). JAMA 2022;327(24):2413–22.',
  },
  basch2025: {
    kind: 'primary',
    citation:
      'Basch E, Schrag D, Jansen J, et al. Symptom monitoring with electronic patient-reported outcomes during cancer treatment: final results of the PRO-TECT cluster-randomized trial. Nat Med 2025;31(4):1225–32.',
  },
  'aft39-alerts': {
    kind: 'primary',
    citation:
      'Optimization of alert notifications in ePRO remote symptom monitoring systems (AFT-39), 2024 (PMID 38771558).',
  },
  'basch-utility': {
    kind: 'primary',
    citation:
      'Basch E, Stover AM, Schrag D, et al. Clinical utility and user perceptions of a digital system for electronic patient-reported symptom monitoring during routine cancer care: findings from the PRO-TECT trial.',
  },
  judson2013: {
    kind: 'primary',
    citation:
      'Judson TJ, Bennett AV, Rogak LJ, et al. Feasibility of long-term patient self-reporting of toxicities from home via the internet during routine chemotherapy. J Clin Oncol 2013;31(20):2580–5.',
  },
  brauer2016: {
    kind: 'primary',
    citation:
      'Brauer ER, Ganz PA, Pieters HC. "Winging it": how older breast cancer survivors persist with aromatase inhibitor treatment. J Oncol Pract 2016;12(12):e991–e1000.',
  },
  nyrop2016: {
    kind: 'primary',
    citation:
      'Nyrop KA, Callahan LF, Rini C, et al. Aromatase inhibitor associated arthralgia: the importance of oncology provider-patient communication about side effects and potential management through physical activity. Support Care Cancer 2016;24:2643–50.',
  },
  walsh2022: {
    kind: 'primary',
    citation:
      'Walsh EA, Chabria R, Vranceanu AM, et al. Understanding pain related to adjuvant endocrine therapy after breast cancer: a qualitative report. Eur J Cancer Care 2022;31(6):e13723.',
  },
  'scc2017-ai-se': {
    kind: 'primary',
    citation:
      'A prospective study of aromatase inhibitor therapy initiation and self-reported side effects. Support Care Cancer 2017 (146 AI initiators vs 144 controls; authors not retrieved).',
  },
  nancyspoint: {
    kind: 'secondary',
    citation:
      'Nancy\'s Point blog, "Endocrine therapy: managing & making decisions about your aromatase inhibitor medication".',
  },
  'acton-blog': {
    kind: 'secondary',
    citation: 'heatheracton.blogspot.com, Dec 2009 (arthralgia on Arimidex, doctor suggested inactivity).',
  },
  'frantic-blog': {
    kind: 'secondary',
    citation: 'franticshanti.com (letrozole after tamoxifen; symptoms attributed to anxiety).',
  },
  'campbell-blog': {
    kind: 'secondary',
    citation:
      'twylacampbell.ca, "The importance of thumbs and empathy" (letrozole thumb pain, 2-week break).',
  },
  'eatsip-blog': {
    kind: 'secondary',
    citation: 'eatsip365.com (friend on anastrozole could barely open a jar).',
  },
  'roach-column': {
    kind: 'secondary',
    citation:
      'Dr Keith Roach syndicated column (The Town Talk, 11 Sep 2014): letrozole, trigger finger, Achilles pain.',
  },
  // Clinical safety (issue 10): what is not the hand, clots, injuries, infections, the neck, bone health.
  // Each was found and read (abstract or guideline page) at the address given; thresholds we set
  // from them are marked as our judgement in knowledge/redFlags.ts and docs/red-flags.md.
  'nice-ng128': {
    kind: 'guideline',
    citation:
      'NICE NG128. Stroke and transient ischaemic attack in over 16s: diagnosis and initial management. Published 1 May 2019, last updated 13 April 2022. https://www.nice.org.uk/guidance/ng128 (suspected stroke: sudden numbness or weakness, face or speech affected: an emergency).',
  },
  kucher2011: {
    kind: 'review',
    citation:
      'Kucher N. Deep-vein thrombosis of the upper extremities. N Engl J Med 2011;364(9):861–9. doi:10.1056/NEJMcp1008740 (pain, heaviness and swelling of one arm; central venous catheters and ports; cancer).',
  },
  heil2017: {
    kind: 'review',
    citation:
      'Heil J, Miesbach W, Vogl T, Bechstein WO, Reinisch A. Deep vein thrombosis of the upper extremity: a systematic review. Dtsch Arztebl Int 2017;114(14):244–9. doi:10.3238/arztebl.2017.0244 (cancer and venous catheters raise the risk; signs nonspecific; ultrasound to diagnose).',
  },
  schnetzler2008: {
    kind: 'review',
    citation:
      'Schnetzler KA. Acute carpal tunnel syndrome. J Am Acad Orthop Surg 2008;16(5):276–82. https://journals.lww.com/jaaos/Fulltext/2008/05000/Acute_Carpal_Tunnel_Syndrome.6.aspx (after wrist trauma, unrelenting pain and numbness of the thumb-side fingers progressing over hours; needs urgent surgery).',
  },
  'boast-cs': {
    kind: 'guideline',
    citation:
      'British Orthopaedic Association. BOAST: Diagnosis and management of compartment syndrome of the limbs. July 2014. https://www.boa.ac.uk/resources/boa-standards-for-trauma-and-orthopaedics/boast-10-pdf.html (pain out of proportion to the injury is the key early finding; seen after forearm and wrist fractures and crush injuries).',
  },
  coakley2006: {
    kind: 'guideline',
    citation:
      'Coakley G, Mathews C, Field M, et al. BSR & BHPR, BOA, RCGP and BSAC guidelines for management of the hot swollen joint in adults. Rheumatology 2006;45(8):1039–41 (an acutely hot swollen joint, typically within two weeks: septic arthritis until proven otherwise; crystal arthritis the common alternative).',
  },
  'nice-ng184': {
    kind: 'guideline',
    citation:
      'NICE NG184. Human and animal bites: antimicrobial prescribing. Published 4 November 2020. https://www.nice.org.uk/guidance/ng184 (the hand is a high-risk site; a bite that broke the skin is assessed, and prophylaxis offered or considered, before any sign of infection).',
  },
  rigopoulos2008: {
    kind: 'review',
    citation:
      'Rigopoulos D, Larios G, Gregoriou S, Alevizos A. Acute and chronic paronychia. Am Fam Physician 2008;77(3):339–46 (red, hot, painful nail fold after a small injury to the cuticle; warm soaks, antibiotics, or drainage when an abscess forms).',
  },
  davies2018: {
    kind: 'review',
    citation:
      'Davies BM, Mowforth OD, Smith EK, Kotter MRN. Degenerative cervical myelopathy. BMJ 2018;360:k186. doi:10.1136/bmj.k186 (over 50 with neck stiffness, numb clumsy hands, imbalance or falls: think of the neck; often first treated as carpal tunnel; refer promptly).',
  },
  'nice-ng234': {
    kind: 'guideline',
    citation:
      'NICE NG234. Spinal metastases and metastatic spinal cord compression. Published 6 September 2023. https://www.nice.org.uk/guidance/ng234 (in people with a history of cancer, new, progressive or night pain needs prompt assessment; NG234 is about the spine, and applying its pain features to one site in the arm is our judgement, with [glos-hand]).',
  },
  'nice-ng100': {
    kind: 'guideline',
    citation:
      'NICE NG100. Rheumatoid arthritis in adults: management. Published 11 July 2018, updated 2020. https://www.nice.org.uk/guidance/ng100 (rec. 1.1.1, carried over from CG79: refer suspected persistent synovitis urgently when the small joints of the hands or feet, or more than one joint, are affected, even with normal blood tests).',
  },
  'remedy-raynaud': {
    kind: 'guideline',
    citation:
      "NHS Bristol, North Somerset and South Gloucestershire (BNSSG) Remedy pathway, Raynaud's phenomenon (checked 23 Sep 2023), summarising NICE CKS Raynaud's phenomenon. https://remedy.bnssg.icb.nhs.uk/adults/rheumatology/raynauds-phenomenon (episodic colour change with cold, managed in primary care; one-sided symptoms suggest a secondary cause; suspected severe digital ischaemia discussed immediately).",
  },
  'asco-bone2019': {
    kind: 'guideline',
    citation:
      'Shapiro CL, Van Poznak C, Lacchetti C, et al. Management of osteoporosis in survivors of adult cancers with nonmetastatic disease: ASCO clinical practice guideline. J Clin Oncol 2019;37(31):2916–46. doi:10.1200/JCO.19.01696 (aromatase inhibitors add to fracture risk; bone-density testing by central DXA for those at risk, repeated during bone-losing treatment; recommendation 2.2 sets the interval, read only in part here).',
  },
  'esmo-bone2014': {
    kind: 'guideline',
    citation:
      'Coleman R, Body JJ, Aapro M, Hadji P, Herrstedt J. Bone health in cancer patients: ESMO Clinical Practice Guidelines. Ann Oncol 2014;25(suppl 3):iii124–37. https://www.esmo.org/Guidelines/Supportive-and-Palliative-Care/Bone-Health-in-Cancer-Patients (cancer treatment-induced bone loss and fractures). ESMO updated it in 2020 (Coleman R et al., Ann Oncol 2020;31(12):1650–63); the update was not retrieved here.',
  },
  hadji2017: {
    kind: 'guideline',
    citation:
      'Hadji P, Aapro MS, Body JJ, et al. Management of aromatase inhibitor-associated bone loss (AIBL) in postmenopausal women with hormone sensitive breast cancer: joint position statement of the IOF, CABS, ECTS, IEG, ESCEO, IMS, and SIOG. J Bone Oncol 2017;7:1–12 (a bone-density scan when an aromatase inhibitor starts and again during treatment).',
  },
  // Emergency telephone numbers (the emergency result's call button), from the services themselves.
  'eu-112': {
    kind: 'guideline',
    citation:
      'European Commission, "112: the European emergency number", reachable free in every EU member state (https://digital-strategy.ec.europa.eu/en/policies/112).',
  },
  'nhs-999': {
    kind: 'guideline',
    citation:
      'NHS, "When to call 999" (https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-call-999/).',
  },
  'us-911': {
    kind: 'guideline',
    citation: 'National 911 Program, U.S. Department of Transportation (https://www.911.gov/).',
  },
  'ca-911': {
    kind: 'guideline',
    citation:
      'Canadian Radio-television and Telecommunications Commission, "9-1-1 services" (https://crtc.gc.ca/eng/phone/911/).',
  },
  'au-000': {
    kind: 'guideline',
    citation: 'Australian Government, "Triple Zero (000)" (https://www.triplezero.gov.au/).',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

export function isSourceId(id: string): id is SourceId {
  return Object.hasOwn(SOURCES, id);
}
