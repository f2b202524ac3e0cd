import { MAX_COMMAND_LENGTH, commandName, parseCommand } from '../../bot/command-parser';

describe('reading a command', () => {
  it.each([
    ['/help', 'help', ''],
    ['hulp', 'help', ''],
    ['/HULP', 'help', ''],
    ['/start-session', 'start-session', ''],
    ['/start-bijeenkomst regulier', 'start-session', 'regulier'],
    ['/volgende', 'next', ''],
    ['/next', 'next', ''],
    ['/vorige', 'previous', ''],
    ['/einde', 'end-session', ''],
    ['/end-session', 'end-session', ''],
    ['/agenda', 'agenda', ''],
    ['\u00a0/help\u00a0', 'help', ''],
    ['&nbsp;/help', 'help', ''],
    ['/start\u2011bijeenkomst', 'start-session', ''],
  ])('%j is %s with args %j', (text, name, args) => {
    expect(parseCommand(text)).toEqual({ kind: 'command', name, args });
  });

  it.each([
    ['/strat-session', '/start-session'],
    ['/start-bijenkomst', '/start-bijeenkomst'],
    ['/hlep', '/help'],
    ['/volgnde', '/volgende'],
  ])('suggests the closest command for %j', (typed, suggestion) => {
    expect(parseCommand(typed)).toEqual({ kind: 'unknown', typed, suggestion });
  });

  it('suggests nothing for text that is no command at all', () => {
    expect(parseCommand('goedemorgen allemaal')).toEqual({ kind: 'unknown', typed: 'goedemorgen' });
  });

  it('treats a bare mention as empty', () => {
    expect(parseCommand('   ')).toEqual({ kind: 'empty' });
    expect(parseCommand('/')).toEqual({ kind: 'empty' });
  });

  it('hands back over-long text whole', () => {
    const text = `/start-session ${'x'.repeat(MAX_COMMAND_LENGTH)}`;
    expect(parseCommand(text)).toEqual({ kind: 'tooLong', text, length: text.length, max: MAX_COMMAND_LENGTH });
  });

  it("writes command names in the reader's language", () => {
    expect(commandName('start-session', 'nl')).toBe('/start-bijeenkomst');
    expect(commandName('start-session', 'en')).toBe('/start-session');
  });
});
