import { inParallel } from '../../domain/in-parallel';

it('works on at most `limit` items at once and answers in the items order', async () => {
  let running = 0;
  let most = 0;
  const answers = await inParallel([5, 1, 4, 2, 3, 0], 2, async (ms) => {
    most = Math.max(most, ++running);
    await new Promise((resolve) => setTimeout(resolve, ms));
    running--;
    return ms * 10;
  });
  expect(answers).toEqual([50, 10, 40, 20, 30, 0]);
  expect(most).toBe(2);
});

it('passes a failure on', async () => {
  await expect(
    inParallel([1, 2], 4, (n) => (n === 2 ? Promise.reject(new Error('busy')) : Promise.resolve(n))),
  ).rejects.toThrow('busy');
});
