import { Heading, Hint, Section, Warning } from '../../../components/FormLayout/index.tsx';
import { Alert } from '../../../components/Notice/index.tsx';
import { useStaff } from '../../useStaff.ts';
import { useStaffData } from '../../useStaffData.ts';
import { LanSettingForm } from '../LanSettingForm/index.tsx';
import { LanStatus } from '../LanStatus/index.tsx';

const refreshMs = 3000;

/**
 * Receiving batches from kiosks over the centre's network: off until staff turn it on, on an
 * address of this PC they choose. A run told where to listen on its command line keeps to that,
 * and the form is not offered.
 */
export function LanSection() {
  const { words } = useStaff();
  // Asked again while shown: a receiver the app started from the setting may still be starting.
  const lan = useStaffData('staff.lan', refreshMs);
  const setting = useStaffData('staff.lanSetting');
  const choices = useStaffData('staff.lanAddresses');
  const problem = lan.problem ?? setting.problem ?? choices.problem;
  const loading = !problem && (!lan.data || !setting.data || !choices.data);
  return (
    <Section aria-labelledby="network-title" aria-busy={loading}>
      <Heading id="network-title" tabIndex={-1}>
        {words.sections.network}
      </Heading>
      <Hint>{words.lan.intro}</Hint>
      {problem && <Alert>{problem}</Alert>}
      {lan.data && <LanStatus lan={lan.data} />}
      {setting.data?.fromCommandLine && <Warning>{words.lan.fromCommandLine}</Warning>}
      {setting.data && !setting.data.fromCommandLine && choices.data && (
        <LanSettingForm
          setting={setting.data}
          choices={choices.data.addresses}
          onChanged={() => {
            lan.reload();
            setting.reload();
          }}
        />
      )}
    </Section>
  );
}
