// Lingering close, as web servers do for an answer given before the request's body was read
// (413 over the size limit): Node ends the response and destroys the socket, and a socket
// closed with unread data resets the connection, so a client still sending may lose the 413
// it was sent. The socket's sending side closes at once; its receiving side reads and discards
// what is still arriving, up to a bound, and then closes.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** Bytes read and discarded after the answer, at most: enough for a client to see it and stop. */
export const LINGER_BYTES = 8 * 1024 * 1024;
/** Time the receiving side stays open, at most. */
export const LINGER_MS = 2000;

export function lingerOnClose(server: Server): void {
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    res.once('finish', () => {
      if (req.complete) return;
      const socket = req.socket as Socket & { destroy: () => Socket };
      // Node has asked the socket to destroy itself once the answer is flushed (destroySoon).
      if (!socket.listeners('finish').includes(socket.destroy)) return;
      socket.removeListener('finish', socket.destroy);
      let read = 0;
      const close = () => {
        clearTimeout(timer);
        socket.destroy();
      };
      const timer = setTimeout(close, LINGER_MS);
      timer.unref();
      // The request's body is being discarded (Node dumps it); count it as it goes.
      req.on('data', (chunk: Buffer) => (read += chunk.length) > LINGER_BYTES && close());
      socket.once('end', close);
      socket.once('close', () => clearTimeout(timer));
    });
  });
}
