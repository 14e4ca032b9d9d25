import { ApiError } from '../../src/mock/api-error.js';

/** The description of the Bad Request `run` throws; fails the test if it throws none. */
export function badRequest(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error.description;
    throw error;
  }
  throw new Error('expected a Bad Request');
}
