/**
 * Learn pages: short patient pages as data, in our own plain words (reading age about 12: short
 * sentences, any medical word explained where it first appears). Every section names the sources
 * behind it (the source ids in each page's `sources`); a page's `sources` is the
 * union of its sections'.
 *
 * Two rules hold on every page (tests check them with `plainWords.ts`): never tell the reader to
 * stop, pause or skip their medicine — always "talk to your oncology team"; never name a condition
 * as theirs — say what something resembles and who can check it. Where the seed interview and the
 * brief differ, the brief wins: anti-inflammatory tablets do not help carpal tunnel syndrome, and
 * trouble can start well after the first year.
 */
import type { SourceId } from './sources';

export interface LearnSection {
  readonly heading: string;
  readonly paragraphs: readonly string[];
  /** Numbered steps a person can follow (an exercise), in order. */
  readonly steps?: readonly string[];
  /** A simple drawing shown beside the steps (the web app draws it). */
  readonly figure?: LearnFigure;
  readonly sources: readonly SourceId[];
}

/** The small drawings of the hand exercises. */
export type LearnFigure = 'tendon-gliding' | 'nerve-gliding' | 'thumb-strength';

export interface LearnPage {
  readonly id: string;
  readonly title: string;
  /** One or two sentences for a list of pages or a link preview. */
  readonly summary: string;
  readonly sections: readonly LearnSection[];
  /** Every source of every section, once each, in order of first use. */
  readonly sources: readonly SourceId[];
  /** Other Learn pages worth reading next, by id. */
  readonly related: readonly LearnPageId[];
}

export const LEARN_PAGE_IDS = [
  'what-is-aimss',
  'carpal-tunnel',
  'trigger-finger',
  'de-quervain',
  'aching-joints',
  'splints',
  'exercise',
  'hand-exercises',
  'get-help-now',
  'talking-to-your-gp',
  'break-or-switch',
] as const;
export type LearnPageId = (typeof LEARN_PAGE_IDS)[number];

type Draft = Omit<LearnPage, 'sources' | 'id'> & { readonly id: LearnPageId };

function page(draft: Draft): LearnPage {
  return { ...draft, sources: [...new Set(draft.sections.flatMap((s) => s.sources))] };
}

// What AIMSS is, how common, when it starts, why.
const whatIsAimss = page({
  id: 'what-is-aimss',
  title: 'Sore hands on an aromatase inhibitor',
  summary:
    'Aches, stiffness, numbness and tendon trouble in the hands are a known effect of anastrozole, letrozole and exemestane. You are not imagining it, and there are things that help.',
  related: ['aching-joints', 'talking-to-your-gp', 'exercise'],
  sections: [
    {
      heading: 'What it is',
      paragraphs: [
        'Anastrozole, letrozole and exemestane are aromatase inhibitors. They lower the oestrogen (estrogen) in your body. This helps keep breast cancer from coming back.',
        'Many people also get aches and stiffness in their joints and muscles. Doctors call this AIMSS, short for aromatase inhibitor musculoskeletal syndrome. "Musculoskeletal" just means muscles, joints and tendons.',
        'In the hands it can mean stiff, sore joints or a sore tendon (the cord that moves a finger). It can also mean numbness and tingling when a nerve gets squeezed.',
      ],
      sources: ['hyder2021', 'din2010', 'seed'],
    },
    {
      heading: 'You are not imagining it',
      paragraphs: [
        'It is common. When studies asked women directly, close to half said they had joint aches from the medicine.',
        'Scans show real changes, such as extra fluid around the tendons of the hand. Many women say it was a relief to hear that the pain is a known effect and not "in their head".',
      ],
      sources: ['beckwee2017', 'crew2007', 'morales2008', 'arthcare2012', 'nyrop2016'],
    },
    {
      heading: 'When it starts',
      paragraphs: [
        'It often begins in the first two or three months. But it can start much later, even after a year or more. Carpal tunnel trouble in particular can come late.',
        'So a new hand problem is worth writing down at any time while you take the medicine.',
      ],
      sources: ['arthcare2012', 'mao2009', 'kanematsu2011', 'soumaya2016'],
    },
    {
      heading: 'Why it may happen',
      paragraphs: [
        'Oestrogen helps turn down pain signals. With less of it, the body may feel pain more. Less oestrogen may also let the lining around tendons swell. A swollen lining can press on a nerve or make a tendon catch.',
      ],
      sources: ['hyder2021', 'morales2008', 'seed'],
    },
    {
      heading: 'What helps',
      paragraphs: [
        'Noting where it hurts, when, and what makes it better or worse. Staying active. A splint for some problems. Your GP is a good first stop, and your oncology team should know too.',
      ],
      sources: ['seed', 'irwin2015'],
    },
  ],
});

// Carpal tunnel syndrome.
const carpalTunnel = page({
  id: 'carpal-tunnel',
  title: 'Numb or tingling fingers: carpal tunnel',
  summary:
    'Carpal tunnel syndrome happens when a nerve at the wrist gets squeezed. It is more common on an aromatase inhibitor, and it is easier to treat when caught early.',
  related: ['splints', 'talking-to-your-gp', 'get-help-now'],
  sections: [
    {
      heading: 'What it feels like',
      paragraphs: [
        'A nerve called the median nerve runs through a narrow tunnel at the front of the wrist. When the tunnel gets tight, the nerve is squeezed.',
        'This brings numbness, tingling or pins and needles. It is usually in the thumb, index finger, middle finger and half of the ring finger. The little finger is usually left out.',
        'It often wakes people at night, and shaking or flicking the hand helps. Holding a steering wheel, a book or a phone can bring it on.',
      ],
      sources: ['seed', 'katz-afp', 'cts6-calc', 'hansen2004'],
    },
    {
      heading: 'How common it is on these medicines',
      paragraphs: [
        'In a large study, about 13 in every 1,000 women on an aromatase inhibitor had carpal tunnel syndrome. Among women on no hormone medicine it was about 4 in 1,000. In a big trial it was nearly four times as common as on tamoxifen.',
      ],
      sources: ['cdw2022', 'sestak2009'],
    },
    {
      heading: 'What usually helps',
      paragraphs: [
        'A wrist splint worn at night is the usual first step. If things are no better after a few weeks, a steroid injection can ease it for a while.',
        'If it keeps going or gets worse, a short operation under a local anaesthetic can free the nerve. It tends to work best before the nerve is badly squeezed, so do not wait months.',
        'Anti-inflammatory tablets such as ibuprofen do not help carpal tunnel syndrome itself.',
      ],
      sources: [
        'aaos2016',
        'aaos2008',
        'jhs2021inj',
        'aaos2024',
        'nhs-ebi-cts',
        'jhs2015sev',
        'canfp-cts2006',
      ],
    },
    {
      heading: 'See your GP soon if',
      paragraphs: [
        'The numbness is there all the time. Your hand feels weak or you drop things. The muscle at the base of your thumb looks thinner. These signs mean the nerve needs a check, not just self-care.',
      ],
      sources: ['cornwall-cts', 'lothian-cts', 'nhs-ebi-cts'],
    },
  ],
});

// Trigger finger.
const triggerFinger = page({
  id: 'trigger-finger',
  title: 'A finger that catches or locks: trigger finger',
  summary:
    'In trigger finger a tendon catches as the finger bends. It is more common on an aromatase inhibitor, and simple treatments usually work.',
  related: ['splints', 'talking-to-your-gp', 'get-help-now'],
  sections: [
    {
      heading: 'What it feels like',
      paragraphs: [
        'A finger or thumb catches, clicks or locks when you bend it. Sometimes you need your other hand to straighten it.',
        'It often hurts on the palm side, at the base of the finger. There may be a small tender lump there. Some people feel pain before any catching starts.',
      ],
      sources: ['seed', 'kale2023', 'dralex'],
    },
    {
      heading: 'Why it happens',
      paragraphs: [
        'The tendons that bend your fingers run through a snug sleeve. If the tendon or the sleeve swells, the tendon catches at the entrance. It is like a knot in a string pulled through a ring.',
      ],
      sources: ['seed', 'kale2023'],
    },
    {
      heading: 'How common it is',
      paragraphs: [
        'In two American studies, 4 or 5 in every 100 women on an aromatase inhibitor had a trigger finger. In the general population it is closer to 1 or 2 in 100.',
      ],
      sources: ['hollins2022', 'unlv-tf', 'prs2022tf'],
    },
    {
      heading: 'What usually helps',
      paragraphs: [
        'Early on, a small splint that stops the finger bending fully can help. It is usually tried for 6 to 8 weeks.',
        'A steroid injection into the sleeve settles it for good in about half of people, and for a while in more. Injections work less well for people with diabetes.',
        'If it keeps coming back, a small operation opens the sleeve. This almost always works.',
      ],
      sources: ['tarbhai2012', 'teo2018', 'wojahn2014', 'prs2022tf', 'chang2018', 'wang2013', 'seed'],
    },
    {
      heading: 'Get help quickly if',
      paragraphs: [
        'A finger is stuck bent and will not straighten even with help: see your GP soon. A finger that is swollen, red, hot and very painful, especially after a cut or splinter, is an emergency.',
      ],
      sources: ['glos-hand', 'kanavel-msd'],
    },
  ],
});

// De Quervain's.
const deQuervain = page({
  id: 'de-quervain',
  title: "Pain on the thumb side of the wrist: De Quervain's",
  summary:
    "De Quervain's is a sore, swollen tendon lining on the thumb side of the wrist. A splint and, if needed, an injection usually settle it.",
  related: ['splints', 'talking-to-your-gp'],
  sections: [
    {
      heading: 'What it feels like',
      paragraphs: [
        'Pain on the thumb side of the wrist, just below the base of the thumb. It gets worse when you lift, grip or pinch, or turn a key. Your grip may feel weaker.',
        'It comes from the two tendons that move the thumb out to the side. They run through a tunnel at the wrist. When their lining swells, moving the thumb hurts.',
      ],
      sources: ['seed', 'tw-hand2019', 'umem-intersection'],
    },
    {
      heading: 'Not the same as thumb-base arthritis',
      paragraphs: [
        "Wear and tear in the joint where the thumb meets the wrist also hurts near here. That pain sits right at the base of the thumb and comes with pinching, like opening a jar. De Quervain's pain sits a little further towards the arm. Your GP can tell the two apart with a few simple tests.",
      ],
      sources: ['shehab2013', 'cmaj2013'],
    },
    {
      heading: 'What usually helps',
      paragraphs: [
        'A splint that holds both the wrist and the thumb, worn for about six weeks. If it is no better after three weeks, ask your GP about a steroid injection.',
        'In studies, an injection cured about 8 in 10 people, sometimes after a second one. Rest or tablets alone hardly ever cured it. An operation is needed only now and then.',
      ],
      sources: ['glos-dq', 'richie2003', 'seed'],
    },
    {
      heading: 'Easing the load',
      paragraphs: [
        'Lifting and gripping make it worse, so share the work between both hands where you can. Note which tasks bring the pain on. That helps your GP choose what to try.',
      ],
      sources: ['seed', 'tw-hand2019'],
    },
  ],
});

// Generalised aching and stiffness.
const achingJoints = page({
  id: 'aching-joints',
  title: 'Aching, stiff joints',
  summary:
    'The most common effect is aching and stiffness in both hands, often worst in the morning. Moving helps, and a few signs mean it is worth a prompt check.',
  related: ['exercise', 'get-help-now', 'break-or-switch'],
  sections: [
    {
      heading: 'What it feels like',
      paragraphs: [
        'Aches and stiffness in the small joints of the fingers and wrists, usually in both hands. Knees, ankles and feet often ache too.',
        'Stiffness is often worst first thing in the morning and eases as you get moving. Gripping may feel weaker.',
      ],
      sources: ['roberts2020', 'mao2009', 'dfci2014', 'bcna', 'morales2008'],
    },
    {
      heading: 'How common it is',
      paragraphs: [
        'Close to half of women on these medicines get joint aches. In one study, 2 in 3 of those with aches had them in their hands.',
      ],
      sources: ['beckwee2017', 'arthcare2012'],
    },
    {
      heading: 'What helps',
      paragraphs: [
        'Regular exercise lowered joint pain in a year-long trial. Acupuncture is recommended by a cancer care guideline. Some people take pain medicine: ask your GP which is safe for you.',
        'A medicine called duloxetine eased the pain a little in a trial. It is a decision for you and your doctor.',
      ],
      sources: ['irwin2015', 'mao2022', 'hershman2018', 'henry2018', 'bcna'],
    },
    {
      heading: 'Tell someone when it is bad',
      paragraphs: [
        'If your worst pain reaches 4 out of 10 or more, tell your oncology team. Pain at that level often wears people down, and there are things the team can offer.',
      ],
      sources: ['chim2013'],
    },
    {
      heading: 'Signs that point elsewhere',
      paragraphs: [
        'These aches do not usually make joints puffy or hot. See your GP within a few days if small joints swell and mornings stay stiff for more than half an hour. A hot, swollen joint with fever needs help the same day.',
      ],
      sources: ['arthcare2012', 'nice-cg79', 'eular', 'glos-hand'],
    },
  ],
});

// Splints: carpal tunnel, trigger finger, De Quervain's.
const splints = page({
  id: 'splints',
  title: 'Splints: which, how and when',
  summary:
    'A splint rests a sore area in a good position. The right kind, worn at the right time, is often the first thing that helps.',
  related: ['carpal-tunnel', 'trigger-finger', 'de-quervain'],
  sections: [
    {
      heading: 'Why a splint helps',
      paragraphs: [
        'A splint holds part of the hand still in a position that takes pressure off a nerve or a tendon. It gives swollen tissue a chance to settle.',
      ],
      sources: ['seed', 'aaos2016'],
    },
    {
      heading: 'For numb, tingling fingers (carpal tunnel)',
      paragraphs: [
        'Use a wrist splint that keeps the wrist straight, not bent up or down. Bending the wrist makes the tunnel for the nerve smaller.',
        'Wear it at night. Also wear it during tasks that bring the tingling on. In one study, four weeks of night wear clearly eased symptoms. If there is no real change after several weeks, go back to your GP.',
      ],
      sources: ['seed', 'aaos2016', 'manente-via-aaos', 'aaos2008', 'nhs-ebi-cts'],
    },
    {
      heading: 'For a finger that catches (trigger finger)',
      paragraphs: [
        'A small splint stops one joint of the finger from bending fully, so the tendon rests. It is usually tried for 6 to 8 weeks. One study suggests wearing it day and night for about four weeks, then at night for a few weeks more.',
      ],
      sources: ['tarbhai2012', 'teo2018'],
    },
    {
      heading: "For thumb-side wrist pain (De Quervain's)",
      paragraphs: [
        'Use a splint that holds both the wrist and the thumb. Wear it for about six weeks. If there is no improvement after three weeks, ask your GP about other options.',
      ],
      sources: ['glos-dq'],
    },
    {
      heading: 'Getting it right',
      paragraphs: [
        'A splint should be snug, not tight. Your GP, a pharmacist or a hand therapist can help you choose one. If your fingers turn cold, pale or blue, take the splint off and get help straight away.',
      ],
      sources: ['seed', 'glos-hand'],
    },
  ],
});

// Exercise: the HOPE trial.
const exercise = page({
  id: 'exercise',
  title: 'Exercise: what a trial found',
  summary:
    'In a year-long trial, women on an aromatase inhibitor who exercised regularly had much less joint pain. Starting small is fine.',
  related: ['aching-joints', 'what-is-aimss'],
  sections: [
    {
      heading: 'What the HOPE trial found',
      paragraphs: [
        'The HOPE trial followed 121 women on an aromatase inhibitor who had joint pain and did little exercise. Half of them started an exercise plan for a year.',
        'The plan was 150 minutes a week of brisk activity, like fast walking, plus strength training twice a week with a trainer.',
        'Their worst joint pain went down by almost a third. In the women who did not change anything, it stayed about the same.',
      ],
      sources: ['irwin2015', 'ascopost-hope'],
    },
    {
      heading: 'Other gains',
      paragraphs: [
        'The women who exercised also felt less tired and said their quality of life was better. In another study, four weeks of gentle yoga eased aches too.',
      ],
      sources: ['baglia2019', 'peppone2015'],
    },
    {
      heading: 'Your plan, built up over weeks',
      paragraphs: [
        'The goal is 150 minutes a week of brisk activity, plus strength work on two days. Brisk means you can talk but not sing.',
        'Give it a fair trial. In the trial, pain was first checked after three months, and the full effect came after a year.',
        'If it is a while since you were last active, ask your GP or your team what is safe for you.',
      ],
      steps: [
        'Weeks 1 and 2: walk briskly for 10 minutes on five days.',
        'Weeks 3 and 4: make it 20 minutes on five days.',
        'From week 5: 30 minutes on five days. That is 150 minutes.',
        'From week 3: add strength work on two days, such as light weights or resistance bands.',
        'Keep going for at least three months before you judge it.',
      ],
      sources: ['irwin2015', 'nyrop2016', 'bcna'],
    },
  ],
});

// Hand exercises: tendon gliding, nerve gliding, thumb strengthening.
const handExercises = page({
  id: 'hand-exercises',
  title: 'Hand exercises you can do at home',
  summary:
    'Three short sets of movements for stiff fingers, a tingling hand and a sore thumb base. Gentle, a few minutes a day.',
  related: ['exercise', 'carpal-tunnel', 'splints'],
  sections: [
    {
      heading: 'Before you start',
      paragraphs: [
        'Move slowly and gently. Do each set once or twice a day.',
        'Stop if a movement brings on sharp pain or more tingling. Ask a hand therapist to check your way of doing it.',
        'On the check-in, add the treatment "The hand exercises". Then you can see whether they help.',
      ],
      sources: ['kloppenburg2019', 'page2012-cts-exercise'],
    },
    {
      heading: 'Tendon gliding (stiff fingers)',
      paragraphs: ['This lets the finger tendons slide. Hold each position for 3 seconds.'],
      steps: [
        'Hold your hand up, fingers straight.',
        'Bend only the top two finger joints into a hook.',
        'Make a full fist, thumb outside.',
        'Open to a tabletop: knuckles bent, fingers straight.',
        'Make a flat fist: fingertips to the base of the palm.',
        'Repeat 5 times.',
      ],
      figure: 'tendon-gliding',
      sources: ['abdolrazaghi2021', 'page2012-cts-exercise'],
    },
    {
      heading: 'Nerve gliding (tingling fingers)',
      paragraphs: ['This moves the nerve through the wrist. Trials are small, but it is safe done gently.'],
      steps: [
        'Make a loose fist, wrist straight.',
        'Straighten your fingers and thumb.',
        'Bend the wrist back gently.',
        'Turn the palm to face you.',
        'Ease the thumb out to the side.',
        'Go back slowly. Repeat 5 times.',
      ],
      figure: 'nerve-gliding',
      sources: ['page2012-cts-exercise', 'abdolrazaghi2021'],
    },
    {
      heading: 'Thumb strengthening (sore thumb base)',
      paragraphs: ['Strong muscles steady the joint at the base of the thumb.'],
      steps: [
        'Touch the thumb tip to each fingertip in turn.',
        'Put a rubber band round your fingers and thumb. Open them against it.',
        'Squeeze a soft ball gently for 5 seconds.',
        'Repeat each one 10 times.',
      ],
      figure: 'thumb-strength',
      sources: ['kloppenburg2019', 'cmaj2013'],
    },
  ],
});

// Red flags, in plain words.
const getHelpNow = page({
  id: 'get-help-now',
  title: 'When to get help now',
  summary:
    'Most hand aches can wait for a GP appointment. A few signs cannot. This page lists them, from the most urgent down.',
  related: ['talking-to-your-gp', 'carpal-tunnel', 'trigger-finger'],
  sections: [
    {
      heading: 'Go to an emergency department now if',
      paragraphs: [
        'A finger is swollen all over like a sausage, is held bent, and hurts badly when you try to straighten it. This matters most after a cut, bite or splinter. It can be an infection inside the tendon sleeve.',
        'A finger or joint is red or hot and swollen or sore, with a fever, or after a cut or bite.',
        'Fingers turn cold, pale or blue. You suddenly cannot bend or straighten a finger. You fell on your hand and the wrist looks out of shape.',
      ],
      sources: ['kanavel-msd', 'aliem', 'glos-hand', 'shehab2013'],
    },
    {
      heading: 'Get seen the same day if',
      paragraphs: [
        'A joint is hot, red and swollen, even without a fever. If you also feel unwell, go to an emergency department.',
        'You fell on your hand and it is swollen or very painful: it may need an X-ray.',
        'The arm or hand on the side of your breast surgery becomes red, hot and painful, or you feel unwell with it.',
      ],
      sources: ['glos-hand', 'scot-lymph', 'bcn-lymph', 'shehab2013'],
    },
    {
      heading: 'See your GP within a few days if',
      paragraphs: [
        'Numbness is there all the time. Your hand is weak or you drop things. The muscle at the base of the thumb looks thinner.',
        'Small joints swell and morning stiffness lasts more than half an hour. The arm or hand on the side of your surgery swells. Symptoms are getting worse quickly.',
        'Pain is there all the time and does not let up, especially if it is bad at night. Your GP will want to check it, so ask for an early appointment.',
        'Numbness or tingling started after a fall or an injury.',
      ],
      sources: [
        'cornwall-cts',
        'lothian-cts',
        'nhs-ebi-cts',
        'nice-cg79',
        'eular',
        'scot-lymph',
        'glos-hand',
      ],
    },
    {
      heading: 'If you are not sure',
      paragraphs: [
        'Ring your GP practice or your breast care team and describe what you see. It is always fine to ask.',
      ],
      sources: ['glos-hand'],
    },
  ],
});

// Talking to your GP: a hand surgeon's advice (localise; aggravating and easing factors; when; how often).
const talkingToYourGp = page({
  id: 'talking-to-your-gp',
  title: 'Talking to your GP',
  summary:
    'Your GP is the best first stop. A clear picture of where, when and how often it hurts helps them help you quickly.',
  related: ['get-help-now', 'break-or-switch', 'what-is-aimss'],
  sections: [
    {
      heading: 'Why start with your GP',
      paragraphs: [
        'One hand surgeon calls the GP your "quarterback": the person who guides the plan. Your GP can try first steps, like a splint, and send you to a hand specialist if things do not improve.',
      ],
      sources: ['seed', 'nhs-ebi-cts'],
    },
    {
      heading: 'What to bring',
      paragraphs: [
        'Where it is: palm side, thumb side or little-finger side, which fingers, and one hand or both. The hand map in HandCheck records this.',
        'When it started, and when you started the medicine. When it happens: at night, in the morning, or after certain tasks. How often it happens.',
        'What makes it worse and what makes it better. What you can no longer do easily, such as opening jars, doing up buttons or typing.',
      ],
      sources: ['seed', 'shehab2013', 'canfp2024'],
    },
    {
      heading: 'Use numbers',
      paragraphs: [
        'Numbers are easy to note down. For example: "Since I started letrozole my hands hurt. At worst it is 6 out of 10. It wakes me twice a week." Clinic notes often say "joint pain" without saying how bad it is.',
        'HandCheck can print a one-page summary with these details for you to hand over.',
      ],
      sources: ['chim2013', 'nyrop2016'],
    },
    {
      heading: 'Questions worth asking',
      paragraphs: [
        'What might this be? Would a splint help, and how long should I wear it? What should I do if it is no better in a few weeks? Should I see a hand specialist? Should my oncology team know about this?',
      ],
      sources: ['seed', 'aaos2008'],
    },
  ],
});

// Thinking about a break or switch: ATOLL/ELPh as context, and why it matters.
const breakOrSwitch = page({
  id: 'break-or-switch',
  title: 'Thinking about a break or a switch',
  summary:
    'If the aches are wearing you down, you are not alone. Talk to your oncology team before changing anything: there are options, and they can help you weigh them.',
  related: ['talking-to-your-gp', 'aching-joints', 'exercise'],
  sections: [
    {
      heading: 'You are not alone',
      paragraphs: [
        'In one study, about 1 in 4 women came off their first aromatase inhibitor within two years. Joint and muscle pain was the reason. Many others think about taking a break.',
      ],
      sources: ['henry2012', 'walsh2022'],
    },
    {
      heading: 'Why the medicine matters',
      paragraphs: [
        'One study followed nearly 9,000 women. Those who took their hormone medicine for the full course were more likely to be alive ten years later. That is why any change is worth planning with your oncology team.',
      ],
      sources: ['hershman2011'],
    },
    {
      heading: 'Switching can help some people',
      paragraphs: [
        'In the ATOLL study, women who came off anastrozole because of joint pain moved to letrozole after a month’s gap. Six months later, about 7 in 10 were still taking it.',
        'In the ELPh study, women moved between exemestane and letrozole. About 4 in 10 carried on with the second one. So a switch helps some people, but not everyone.',
      ],
      sources: ['briot2010', 'henry2012', 'kadakia2017'],
    },
    {
      heading: 'Other options to ask about',
      paragraphs: [
        'Exercise, acupuncture and some pain medicines have helped in trials. A splint or an injection can treat a specific hand problem. Some women, together with their oncology team, move to a different kind of hormone medicine, such as tamoxifen.',
      ],
      sources: ['irwin2015', 'mao2022', 'henry2018', 'nishihori2008'],
    },
    {
      heading: 'How to raise it',
      paragraphs: [
        'Tell your oncology team how much the pain affects your life, and bring your HandCheck summary. You could ask: "Would a different medicine or a short gap help me? What would it mean for my cancer risk?"',
        'Keep taking your medicine as prescribed while you talk it through with your oncology team.',
      ],
      sources: ['nancyspoint', 'nyrop2016', 'chim2013'],
    },
  ],
});

/** Every Learn page, in the order a reader meets them. */
export const LEARN_PAGES: readonly LearnPage[] = [
  whatIsAimss,
  carpalTunnel,
  triggerFinger,
  deQuervain,
  achingJoints,
  splints,
  exercise,
  handExercises,
  getHelpNow,
  talkingToYourGp,
  breakOrSwitch,
];

const BY_ID = new Map(LEARN_PAGES.map((p) => [p.id, p]));

/** A Learn page by id; undefined for an unknown id (e.g. a stale link). */
export function learnPage(id: string): LearnPage | undefined {
  return BY_ID.get(id);
}
