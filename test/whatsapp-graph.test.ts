// The WhatsApp Cloud API client (tasks/outbox/channels/whatsapp.ts) against a
// local server speaking the Graph API (bench/lib/fake-whatsapp.ts): the
// request shape Meta documents, wamid ids, the 24-hour rule for free text, and
// every Graph error classified retryable or permanent. Plus the settings'
// validation and the phone number normalisation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeWhatsApp, startFakeWhatsApp } from "../bench/lib/fake-whatsapp.ts";
import {
  loadWhatsAppConfig,
  makeWhatsAppClient,
  type WhatsAppClient,
  WhatsAppConfigError,
  WhatsAppSendError,
  whatsappNumber,
} from "../tasks/outbox/channels/whatsapp.ts";

let wa: FakeWhatsApp;
let client: WhatsAppClient;

beforeAll(async () => {
  wa = await startFakeWhatsApp();
  const config = loadWhatsAppConfig(wa.env());
  if (!config) throw new Error("not configured");
  client = makeWhatsAppClient(config);
});
afterAll(async () => {
  await wa?.close();
});

describe("settings", () => {
  it("is off without token and phone number id, and refuses half a configuration", () => {
    expect(loadWhatsAppConfig({})).toBeNull();
    expect(() => loadWhatsAppConfig({ WHATSAPP_TOKEN: "EAAG".padEnd(40, "x") })).toThrow(/WHATSAPP_PHONE_NUMBER_ID/);
    expect(() => loadWhatsAppConfig({ WHATSAPP_PHONE_NUMBER_ID: "106540352242922" })).toThrow(/WHATSAPP_TOKEN/);
  });
  it("names a bad value", () => {
    expect(() =>
      loadWhatsAppConfig({ WHATSAPP_TOKEN: "EAAG".padEnd(40, "x"), WHATSAPP_PHONE_NUMBER_ID: "+57 300 111 2233" }),
    ).toThrow(WhatsAppConfigError);
    expect(() =>
      loadWhatsAppConfig({
        WHATSAPP_TOKEN: "EAAG".padEnd(40, "x"),
        WHATSAPP_PHONE_NUMBER_ID: "106540352242922",
        WHATSAPP_API_URL: "graph.facebook.com",
      }),
    ).toThrow(/WHATSAPP_API_URL/);
  });
  it("defaults to Meta's Graph API", () => {
    const config = loadWhatsAppConfig({
      WHATSAPP_TOKEN: "EAAG".padEnd(40, "x"),
      WHATSAPP_PHONE_NUMBER_ID: "106540352242922",
    });
    expect(config).toMatchObject({ apiUrl: "https://graph.facebook.com", apiVersion: "v21.0", timeoutMs: 10_000 });
  });
});

describe("whatsappNumber", () => {
  it("writes numbers as WhatsApp ids: digits with the country code", () => {
    expect(whatsappNumber("+57 300 123 4567")).toBe("573001234567");
    expect(whatsappNumber("300 123 4567")).toBe("573001234567");
    expect(whatsappNumber("(300) 123-4567")).toBe("573001234567");
    expect(whatsappNumber("0057 3001234567")).toBe("573001234567");
    expect(whatsappNumber("+1 631 555 1234")).toBe("16315551234");
    expect(whatsappNumber("123")).toBeNull();
    expect(whatsappNumber(null)).toBeNull();
  });
});

describe("sending", () => {
  it("sends a template in the Cloud API's shape and returns the wamid", async () => {
    const sent = await client.sendTemplate({
      to: "573001234567",
      name: "invitacion_casting",
      language: "es_CO",
      components: [
        { type: "body", parameters: [{ type: "text", text: "Valentina" }] },
        { type: "button", sub_type: "quick_reply", index: "0", parameters: [{ type: "payload", payload: "SI" }] },
      ],
    });
    expect(sent.providerMessageId).toMatch(/^wamid\./);
    expect(sent.waId).toBe("573001234567");
    const record = wa.sent.at(-1);
    expect(record?.body).toEqual({
      messaging_product: "whatsapp",
      recipient_type: "individual",
      to: "573001234567",
      type: "template",
      template: {
        name: "invitacion_casting",
        language: { code: "es_CO" },
        components: [
          { type: "body", parameters: [{ type: "text", text: "Valentina" }] },
          { type: "button", sub_type: "quick_reply", index: "0", parameters: [{ type: "payload", payload: "SI" }] },
        ],
      },
    });
  });

  it("sends free text only inside the 24-hour window", async () => {
    const requests = wa.requests;
    const closed = await client.sendText({ to: "573009998877", body: "Hola" }, false).catch((e) => e);
    expect(closed).toBeInstanceOf(WhatsAppSendError);
    expect(closed).toMatchObject({ code: "WINDOW_CLOSED", retryable: false });
    expect(wa.requests).toBe(requests); // nothing reached Meta
    // If our idea of the window is wrong, Meta's 131047 is permanent too.
    const meta = await client.sendText({ to: "573009998877", body: "Hola" }, true).catch((e) => e);
    expect(meta).toMatchObject({ code: "GRAPH_131047", graphCode: 131047, retryable: false });
  });

  it.each([
    [130429, 400, true],
    [131056, 400, true],
    [4, 400, true],
    [80007, 400, true],
    [131000, 500, true],
    [133004, 503, true],
    [131026, 400, false],
    [132001, 404, false],
    [132000, 400, false],
    [131050, 400, false],
    [190, 401, false],
    [100, 400, false],
  ])("classifies Graph error %i as retryable=%s", async (code, httpStatus, retryable) => {
    wa.failNext(code, httpStatus);
    const error = await client
      .sendTemplate({ to: "573001234567", name: "x", language: "es", components: [] })
      .catch((e) => e);
    expect(error).toBeInstanceOf(WhatsAppSendError);
    expect(error).toMatchObject({ graphCode: code, retryable, httpStatus, code: `GRAPH_${code}` });
  });

  it("a wrong token is permanent (190); an unreachable API is retryable", async () => {
    const config = loadWhatsAppConfig({ ...wa.env(), WHATSAPP_TOKEN: "EAAG".padEnd(40, "y") });
    const wrong = makeWhatsAppClient(config as NonNullable<typeof config>);
    await expect(
      wrong.sendTemplate({ to: "573001234567", name: "x", language: "es", components: [] }),
    ).rejects.toMatchObject({
      graphCode: 190,
      retryable: false,
    });
    const offline = makeWhatsAppClient({ ...(config as NonNullable<typeof config>), apiUrl: "http://127.0.0.1:9" });
    await expect(
      offline.sendTemplate({ to: "573001234567", name: "x", language: "es", components: [] }),
    ).rejects.toMatchObject({ code: "NETWORK", retryable: true });
  });

  it("a slow API is a retryable timeout", async () => {
    const config = loadWhatsAppConfig({ ...wa.env(), WHATSAPP_TIMEOUT_MS: "100" });
    const slow = makeWhatsAppClient(config as NonNullable<typeof config>);
    wa.latencyMs = 400;
    try {
      await expect(
        slow.sendTemplate({ to: "573001234567", name: "x", language: "es", components: [] }),
      ).rejects.toMatchObject({ code: "TIMEOUT", retryable: true });
    } finally {
      wa.latencyMs = 0;
    }
  });
});
