// Fixtures for the auction specs: the real statutory calendar and the DomainError expectation.
import { createStatutoryCalendar } from "../calendar";

export const cal = createStatutoryCalendar();

export { expectDomainError } from "../testing/expect-domain-error";
