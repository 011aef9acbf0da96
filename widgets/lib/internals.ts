/**
 * ElementInternals where the browser has it; elsewhere (Safari before 16.4, DOM emulators) a
 * stand-in that keeps the value and validity so the element's own API (`checkValidity`,
 * `validationMessage`, `form`) still answers, though the form itself cannot include the value.
 */
export type Internals = Pick<
  ElementInternals,
  'setFormValue' | 'setValidity' | 'checkValidity' | 'reportValidity' | 'form' | 'validity' | 'validationMessage'
> & { role: string | null };

export function attachInternals(host: HTMLElement): Internals {
  if (typeof host.attachInternals === 'function') return host.attachInternals();
  let flags: ValidityStateFlags = {};
  let message = '';
  const valid = () => !Object.values(flags).some(Boolean);
  return {
    role: null,
    setFormValue() {},
    setValidity(f: ValidityStateFlags = {}, m = '') {
      flags = f;
      message = valid() ? '' : m;
    },
    checkValidity() {
      if (!valid()) host.dispatchEvent(new Event('invalid', { cancelable: true }));
      return valid();
    },
    reportValidity() {
      return this.checkValidity();
    },
    get form() {
      return host.closest('form');
    },
    get validity() {
      return { ...flags, valid: valid() } as ValidityState;
    },
    get validationMessage() {
      return message;
    },
  };
}
