/** Messages between an engine worker and its host (worker-pool.ts). */
import type { AnalyzeReply, Result } from '../../shared/messages';

export interface WorkerRequest {
  id: number;
  text: string;
}

export type WorkerReply = { id: number } & Result<AnalyzeReply>;
