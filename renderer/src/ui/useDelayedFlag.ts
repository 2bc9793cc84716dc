import { useEffect, useState } from 'react';

/** True once `flag` has stayed true for `delayMs`: a loading indicator that never flashes on fast answers. */
export function useDelayedFlag(flag: boolean, delayMs = 300): boolean {
  const [isShown, setIsShown] = useState(false);
  useEffect(() => {
    if (!flag) return;
    const timer = setTimeout(() => setIsShown(true), delayMs);
    return () => {
      clearTimeout(timer);
      setIsShown(false);
    };
  }, [flag, delayMs]);
  return flag && isShown;
}
