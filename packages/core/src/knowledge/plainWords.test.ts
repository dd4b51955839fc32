import { describe, expect, it } from 'vitest';
import { sentences, soundsLikeDiagnosis, tellsReaderToStopMedicine } from './plainWords';

describe('never tell the reader to stop their medicine', () => {
  it.each([
    'Stop taking letrozole for two weeks and see.',
    'You could stop your medicine for a while.',
    'Try pausing the tablets to see if the pain eases.',
    'It is fine to skip a dose now and then.',
    'Consider coming off anastrozole if the pain is bad.',
    'Why not take a break from your hormone therapy?',
  ])('flags advice to stop: "%s"', (text) => {
    expect(tellsReaderToStopMedicine(text)).toBe(true);
  });

  it.each([
    'Talk to your oncology team before changing anything.',
    'About 1 in 4 women came off their first aromatase inhibitor within two years.',
    'Do not stop your medicine on your own.',
    'Shaking the hand makes the tingling stop.',
    'A small splint stops the finger bending fully.',
    'You can stop wearing the splint once the tingling has gone.',
    'Keep taking your medicine as prescribed while you talk it through with your oncology team.',
  ])('lets through what is not advice to stop: "%s"', (text) => {
    expect(tellsReaderToStopMedicine(text)).toBe(false);
  });
});

describe('suggest, never diagnose', () => {
  it.each([
    'You have carpal tunnel syndrome.',
    "You've got De Quervain's.",
    'This is trigger finger.',
    'Your diagnosis is arthritis.',
    'If you have a fever, go today.',
  ])('flags wording that names the reader’s condition: "%s"', (text) => {
    expect(soundsLikeDiagnosis(text)).toBe(true);
  });

  it.each([
    'This pattern resembles carpal tunnel syndrome.',
    'Numbness like this is worth showing your GP.',
    'Injections work less well for people with diabetes.',
    'Have you noticed it at night?',
  ])('lets through suggestions: "%s"', (text) => {
    expect(soundsLikeDiagnosis(text)).toBe(false);
  });
});

describe('sentences', () => {
  it('splits at full stops, question and exclamation marks', () => {
    expect(sentences('One. Two? Three! Four')).toEqual(['One.', 'Two?', 'Three!', 'Four']);
  });
});
