import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/react-components';

export const themes = { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme } as const;
export type ThemeName = keyof typeof themes;
export const themeOf = (name: string | undefined): ThemeName =>
  name === 'dark' || name === 'contrast' ? name : 'default';
