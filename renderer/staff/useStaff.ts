import { useContext } from 'preact/hooks';
import { StaffContext, type Staff } from './staff-context.ts';

/** The staff tool around the component: the contract, and the words in the language chosen. */
export function useStaff(): Staff {
  const staff = useContext(StaffContext);
  if (!staff) throw new Error('useStaff outside <StaffContext.Provider>');
  return staff;
}
