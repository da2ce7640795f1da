import type { BatchProblem } from '../../../shared/batch-problems.ts';
import type { ErrorCode } from '../../../shared/result.ts';
import { AppError } from '../errors.ts';

/**
 * A batch file refused, with what kind of problem it has (for the staff screen to word) and the
 * technical reason (for IT and the command line). Nothing of a refused batch is ever stored.
 */
export class BatchRejection extends AppError {
  readonly problem: BatchProblem;

  constructor(problem: BatchProblem, reason: string, code: ErrorCode = 'bad_request') {
    super(code, reason);
    this.name = 'BatchRejection';
    this.problem = problem;
  }
}
