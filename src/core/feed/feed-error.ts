/** Why a feed could not be shown. Each reason has its own translated message in the error state. */
export type FeedFailureReason = 'bad-url' | 'network' | 'timeout' | 'http' | 'not-json' | 'too-large' | 'invalid';

export interface FeedErrorInit {
  url?: string | undefined;
  status?: number | undefined;
  path?: string | undefined;
  cause?: unknown;
}

export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly url: string | undefined;
  readonly status: number | undefined;
  readonly path: string | undefined;

  constructor(
    readonly reason: FeedFailureReason,
    message: string,
    init: FeedErrorInit = {},
  ) {
    super(message, { cause: init.cause });
    this.url = init.url;
    this.status = init.status;
    this.path = init.path;
  }

  /** Worth another attempt: the network or the server failed, not the request or the data. */
  get transient(): boolean {
    return this.reason === 'network' || (this.reason === 'http' && (this.status ?? 0) >= 500);
  }
}
