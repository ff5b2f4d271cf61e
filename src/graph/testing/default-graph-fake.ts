/**
 * For component tests that render screens using the app's default Graph client
 * (`default-client.ts`, which reads the browser's location): one fake `$batch` Graph whose
 * answers each test sets, recording every batch. Replace the default client with it:
 *
 *   vi.mock('<path>/graph/default-client.ts', async () => ({
 *     graph: (await import('<path>/graph/testing/default-graph-fake.ts')).defaultGraphFake.client,
 *   }));
 *
 * The mock factory and the test import the same module, so both see one fake.
 */
import type { GraphClient } from '../client.ts';
import { createBatchGraph, type ItemAnswer, type WireItem } from './fake-batch-graph.ts';

export interface DefaultGraphFake {
  client: GraphClient;
  /** Every `$batch` sent, in order, each as its items. */
  batches: WireItem[][];
  /** How each item is answered; tests set it (in `beforeEach`, or per test). */
  answer: (item: WireItem) => ItemAnswer;
  /** Every write sent, in order, across batches. */
  posts: () => WireItem[];
  /** Forgets the batches and answers every item with an empty collection. */
  reset: () => void;
}

const EMPTY: (item: WireItem) => ItemAnswer = () => ({ status: 200, body: { value: [] } });

function createDefaultGraphFake(): DefaultGraphFake {
  const { client, batches } = createBatchGraph((item) => fake.answer(item));
  const fake: DefaultGraphFake = {
    client,
    batches,
    answer: EMPTY,
    posts: () => batches.flat().filter((item) => item.method === 'POST'),
    reset: () => {
      batches.length = 0;
      fake.answer = EMPTY;
    },
  };
  return fake;
}

export const defaultGraphFake = createDefaultGraphFake();
