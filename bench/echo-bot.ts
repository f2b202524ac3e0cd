/**
 * The framework's floor: a bare echo bot on the same stack as Leerkring (botbuilder CloudAdapter
 * without auth + restify 11 with bodyParser), and nothing else. `npm run bench` runs it as a child
 * process next to the real server; it can also be started by hand:
 *   PORT=3979 node_modules/.bin/tsx bench/echo-bot.ts
 */
import restify from 'restify';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, TeamsActivityHandler } from 'botbuilder';

class EchoBot extends TeamsActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = (_context, error) => {
  process.stderr.write(`echo-bot: turn failed: ${error.stack ?? error.message}\n`);
  return Promise.resolve();
};
const bot = new EchoBot();

const server = restify.createServer({ name: 'echo-bot' });
server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024 }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
server.get('/healthz', (_req, res, next) => {
  res.json(200, { status: 'ok' });
  next();
});

const port = Number(process.env.PORT ?? 3979);
server.listen(port, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${server.address().port}`;
  if (process.send) process.send({ type: 'ready', url });
  else process.stdout.write(`echo bot on ${url}/api/messages\n`);
});

const stop = () => {
  server.close(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
process.on('disconnect', () => process.exit(0));
