import type { Api } from '../../shared/contract/index.ts';
import type { Happening, Request } from './flow/index.ts';
import { fetchKioskStart } from './start/first-screen.ts';

/**
 * Makes the call the flow waits for and says how it went, as the event the flow takes next. A
 * call that throws instead of answering (a broken bridge) counts as not done, so the client is
 * told rather than left waiting.
 */
export async function callCore(api: Api<'kiosk'>, request: Request): Promise<Happening> {
  const { id } = request;
  switch (request.call) {
    case 'start':
    case 'recheck':
      return { type: 'startFetched', id, start: await fetchKioskStart(api).catch(() => null) };
    case 'submitResponse': {
      const result = await api.call('kiosk.submitResponse', request.input).catch(() => null);
      return result?.ok
        ? { type: 'answerSaved', id, responseId: result.value.responseId }
        : { type: 'answerNotSaved', id };
    }
    case 'addFollowUp':
    case 'addComment': {
      const result = await (
        request.call === 'addFollowUp'
          ? api.call('kiosk.addFollowUp', request.input)
          : api.call('kiosk.addComment', request.input)
      ).catch(() => null);
      return { type: result?.ok ? 'additionSaved' : 'additionNotSaved', id };
    }
    case 'changeAnswer': {
      const result = await api.call('kiosk.changeAnswer', request.input).catch(() => null);
      return { type: result?.ok ? 'changeSaved' : 'changeNotSaved', id };
    }
  }
}
