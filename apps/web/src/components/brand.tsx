/** Schakel's mark (two links of a chain) and name. */
export function Brand() {
  return (
    <>
      <svg className="brand-mark" viewBox="0 0 32 20" width="28" height="18" aria-hidden="true" focusable="false">
        <rect x="1.5" y="3" width="17" height="14" rx="7" fill="none" stroke="currentColor" strokeWidth="3" />
        <rect x="13.5" y="3" width="17" height="14" rx="7" fill="none" stroke="currentColor" strokeWidth="3" />
      </svg>
      Schakel
    </>
  );
}
