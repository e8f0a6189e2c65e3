/**
 * Presenter mode's "Join on a phone" view: a QR code of the quiz's address, large, for a room to
 * scan, with the address in words beside it. The address ends in `#pyp-join`, which the element
 * reads to open the quiz without presenter mode (src/element/attributes.ts). From a file (the
 * offline file) no phone can reach the page, so the view says so instead of showing a code. The code is drawn here as one SVG path from the
 * modules the QR file (pick-your-pathway.qr.js, loaded when the view opens) computes: no request
 * leaves for another host, and no markup is built from text.
 */
import { useEffect, useState } from 'preact/hooks';
import { useWidgetView } from '../../ui/context';
import { Heading } from '../../ui/heading';

/** The dark modules as one path: a 1 × 1 square per module, in module units. */
function modulesPath(modules: boolean[][]): string {
  return modules.flatMap((row, y) => row.map((dark, x) => (dark ? `M${x} ${y}h1v1h-1z` : ''))).join('');
}

export function JoinView() {
  const { t, workshop } = useWidgetView();
  const offline = location.protocol === 'file:';
  const address = `${location.href.split('#')[0]!}#pyp-join`;
  const [modules, setModules] = useState<boolean[][] | 'failed' | null>(null);
  useEffect(() => {
    let current = true;
    if (offline) return;
    workshop?.qr().then(
      ({ qrModules }) => current && setModules(qrModules(address)),
      () => current && setModules('failed'),
    );
    return () => void (current = false);
  }, [address]);
  return (
    <div part="join" class="step join">
      <Heading focusTarget class="title-l">
        {t('workshop.views.join')}
      </Heading>
      {offline ? (
        <p class="notice">{t('workshop.join.offline')}</p>
      ) : (
        <div class="join__body">
          <p class="lead">{t('workshop.join.lead')}</p>
          <JoinCode address={address} modules={modules} />
          <p class="join__address">{address}</p>
        </div>
      )}
    </div>
  );
}

function JoinCode({ address, modules }: { address: string; modules: boolean[][] | 'failed' | null }) {
  const { t } = useWidgetView();
  return (
    <>
      {modules === 'failed' ? (
        <p class="notice" role="status">
          {t('workshop.join.failed')}
        </p>
      ) : modules === null ? (
        <p role="status">{t('workshop.loading')}</p>
      ) : (
        <svg
          class="join__code"
          role="img"
          aria-label={t('workshop.join.code', { address })}
          viewBox={`0 0 ${modules.length} ${modules.length}`}
          shape-rendering="crispEdges"
        >
          <rect width="100%" height="100%" fill="#ffffff" />
          <path d={modulesPath(modules)} fill="#000000" />
        </svg>
      )}
    </>
  );
}
