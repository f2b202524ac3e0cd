/**
 * A host config and stylesheet resembling how Microsoft Teams (desktop and web, light and dark theme)
 * renders Adaptive Cards, for rendering our cards with the official `adaptivecards` renderer in
 * Chromium. An approximation for screenshots and layout checks, not Teams' own files: Segoe UI is
 * not on Linux, so text falls back to Liberation Sans (Arial's metrics, a little narrower than
 * Segoe UI), and Teams' Fluent buttons, inputs and radios are imitated in CSS.
 */
export type Theme = 'light' | 'dark';

export const TEAMS_FONT =
  '"Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, ' +
  '"Helvetica Neue", "Liberation Sans", Arial, sans-serif';

interface Palette {
  canvas: string; // the chat behind the message
  card: string; // the message bubble and the card's default container
  text: string;
  subtle: string;
  separator: string;
  accent: string;
  good: string;
  warning: string;
  attention: string;
  backgrounds: Record<'emphasis' | 'accent' | 'good' | 'warning' | 'attention', string>;
  button: { background: string; border: string; text: string; primary: string; primaryText: string };
  input: { background: string; border: string; underline: string; text: string; placeholder: string };
}

const PALETTES: Record<Theme, Palette> = {
  light: {
    canvas: '#F5F5F5',
    card: '#FFFFFF',
    text: '#242424',
    subtle: '#605E5C',
    separator: '#E1DFDD',
    accent: '#6264A7',
    good: '#237B4B',
    warning: '#835C00',
    attention: '#C4314B',
    backgrounds: { emphasis: '#F5F5F5', accent: '#E8EBFA', good: '#E7F2DA', warning: '#FBF6D9', attention: '#FCF4F6' },
    button: { background: '#FFFFFF', border: '#E1DFDD', text: '#242424', primary: '#6264A7', primaryText: '#FFFFFF' },
    input: { background: '#FFFFFF', border: '#D1D1D1', underline: '#616161', text: '#242424', placeholder: '#707070' },
  },
  dark: {
    canvas: '#1F1F1F',
    card: '#292929',
    text: '#FFFFFF',
    subtle: '#ADADAD',
    separator: '#3D3D3D',
    accent: '#A6A7DC',
    good: '#92C353',
    warning: '#F8D22A',
    attention: '#F9526B',
    backgrounds: { emphasis: '#1F1F1F', accent: '#2F2F4A', good: '#1B3017', warning: '#463100', attention: '#3E1F25' },
    button: { background: '#292929', border: '#5C5C5C', text: '#FFFFFF', primary: '#6264A7', primaryText: '#FFFFFF' },
    input: { background: '#1F1F1F', border: '#5C5C5C', underline: '#ADADAD', text: '#FFFFFF', placeholder: '#ADADAD' },
  },
};

function foregrounds(p: Palette) {
  const same = (c: string) => ({ default: c, subtle: c });
  return {
    default: { default: p.text, subtle: p.subtle },
    dark: { default: p.text, subtle: p.subtle },
    light: { default: p.card, subtle: p.card },
    accent: same(p.accent),
    good: same(p.good),
    warning: same(p.warning),
    attention: same(p.attention),
  };
}

/** Host config JSON for `new AdaptiveCards.HostConfig(...)`. */
export function teamsHostConfig(theme: Theme): object {
  const p = PALETTES[theme];
  const fg = foregrounds(p);
  const style = (backgroundColor: string) => ({ backgroundColor, foregroundColors: fg });
  const fontSizes = { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 };
  const fontWeights = { lighter: 200, default: 400, bolder: 600 };
  return {
    supportsInteractivity: true,
    fontTypes: {
      default: { fontFamily: TEAMS_FONT, fontSizes, fontWeights },
      monospace: { fontFamily: 'Consolas, "Liberation Mono", "Courier New", monospace', fontSizes, fontWeights },
    },
    spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
    separator: { lineThickness: 1, lineColor: p.separator },
    imageSizes: { small: 32, medium: 52, large: 100 },
    containerStyles: {
      default: style(p.card),
      emphasis: style(p.backgrounds.emphasis),
      accent: style(p.backgrounds.accent),
      good: style(p.backgrounds.good),
      warning: style(p.backgrounds.warning),
      attention: style(p.backgrounds.attention),
    },
    actions: {
      maxActions: 6,
      spacing: 'default',
      buttonSpacing: 8,
      showCard: { actionMode: 'inline', inlineTopMargin: 16, style: 'emphasis' },
      actionsOrientation: 'horizontal',
      actionAlignment: 'stretch',
      iconPlacement: 'leftOfTitle',
      iconSize: 16,
    },
    adaptiveCard: { allowCustomStyle: true },
    factSet: {
      title: { color: 'default', size: 'default', isSubtle: false, weight: 'bolder', wrap: true, maxWidth: 150 },
      value: { color: 'default', size: 'default', isSubtle: false, weight: 'default', wrap: true },
      spacing: 16,
    },
    inputs: {
      label: { inputSpacing: 'small', requiredInputs: { suffix: ' *', suffixColor: 'attention' }, optionalInputs: {} },
      errorMessage: { size: 'small', color: 'attention' },
    },
    textBlock: { headingLevel: 2 },
  };
}

/** Page CSS: the chat canvas, the message bubble (`.frame`), Fluent-like buttons, inputs and radios. */
export function teamsCss(theme: Theme): string {
  const p = PALETTES[theme];
  const s = `.theme-${theme}`;
  const { button, input } = p;
  const font = `font-family: ${TEAMS_FONT}; font-size: 14px;`;
  const shadow = '0 1px 2px rgba(0,0,0,.14), 0 0 2px rgba(0,0,0,.12)';
  const positive = `background: ${button.primary}; border-color: transparent; color: ${button.primaryText};`;
  const inputs = ['textInput', 'multichoiceInput', 'numberInput', 'dateInput', 'timeInput']
    .map((kind) => `${s} .ac-input.ac-${kind}`)
    .join(', ');
  const inputBorder = `border: 1px solid ${input.border}; border-bottom-color: ${input.underline}; border-radius: 4px;`;
  return `
${s} { color-scheme: ${theme}; background: ${p.canvas}; color: ${p.text}; font-family: ${TEAMS_FONT}; }
${s} .frame { background: ${p.card}; border-radius: 4px; box-shadow: ${shadow}; }
${s} .ac-pushButton { ${font} font-weight: 600; min-height: 32px; padding: 5px 12px;
  border: 1px solid ${button.border}; border-radius: 4px; background: ${button.background}; color: ${button.text};
  overflow: hidden; text-overflow: ellipsis; white-space: nowrap; cursor: pointer; }
${s} .ac-pushButton.style-positive { ${positive} }
${s} .ac-pushButton.style-destructive { color: ${p.attention}; }
${inputs} {
  ${font} color: ${input.text}; background: ${input.background};
  ${inputBorder} padding: 5px 10px; box-sizing: border-box; }
${s} .ac-input.ac-textInput.ac-multiline { min-height: 60px; resize: vertical; }
${s} .ac-input::placeholder { color: ${p.input.placeholder}; }
${s} input[type=radio], ${s} input[type=checkbox] { accent-color: ${p.accent}; margin: 2px 8px 2px 0; }
${s} .ac-input-validation-failed { border-color: ${p.attention} !important; }
`;
}
