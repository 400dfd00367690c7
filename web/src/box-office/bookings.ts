// The buyer's bookings on this device, so a buyer who closed the tab before
// paying finds their reservation again from the event page (a reservation
// gets no mail; the tickets mail carries the link once paid). Kept in this
// origin's localStorage only.
const KEY = "fashionos.bookings";

export interface RememberedBooking {
  reference: string;
  token: string;
  eventId: string;
  /** When it was made (ISO). */
  at: string;
}

function read(): RememberedBooking[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? "[]") as unknown;
    return Array.isArray(parsed) ? (parsed as RememberedBooking[]) : [];
  } catch {
    return [];
  }
}

export function rememberBooking(booking: Omit<RememberedBooking, "at">): void {
  try {
    const others = read().filter((b) => b.reference !== booking.reference);
    localStorage.setItem(KEY, JSON.stringify([...others, { ...booking, at: new Date().toISOString() }].slice(-20)));
  } catch {
    // storage full or disabled: the page's address still holds the token
  }
}

/** This device's bookings of an event, newest first. */
export function rememberedBookings(eventId: string): RememberedBooking[] {
  return read()
    .filter((b) => b.eventId === eventId)
    .sort((a, b) => b.at.localeCompare(a.at));
}
