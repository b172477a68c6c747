/** Where each screen of the desk is: `/audit`, `/audit/streams/<id>`, `/audit/verify/<id>/<version>`. */
export const streamPath = (streamId: string) => `/audit/streams/${encodeURIComponent(streamId)}`;

export const verifyPath = (streamId: string, streamVersion: number) =>
  `/audit/verify/${encodeURIComponent(streamId)}/${streamVersion}`;
