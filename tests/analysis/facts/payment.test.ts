import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidIban, isValidStructuredCommunication } from "../../../src/analysis/facts/payment.ts";
import { factsOf } from "./helpers.ts";

describe("IBAN", () => {
  it("reads an IBAN with spaces and gives it without spaces", () => {
    const facts = factsOf("Stort op rekening BE68 5390 0754 7034 (BIC GKCCBEBB).");
    expect(facts.ibans.map((i) => [i.text, i.value])).toEqual([["BE68 5390 0754 7034", "BE68539007547034"]]);
  });

  it("stops at the length of the country's IBAN, before a BIC", () => {
    expect(factsOf("IBAN BE68539007547034 BIC GEBABEBB").ibans.map((i) => i.value)).toEqual(["BE68539007547034"]);
    expect(factsOf("IBAN: NL91 ABNA 0417 1643 00.").ibans.map((i) => i.value)).toEqual(["NL91ABNA0417164300"]);
  });

  it("leaves out an IBAN whose check digits are wrong", () => {
    expect(factsOf("Rekening BE69 5390 0754 7034.").ibans).toEqual([]);
  });

  it("catches any single changed digit", () => {
    const valid = "BE68539007547034";
    fc.assert(
      fc.property(fc.integer({ min: 2, max: valid.length - 1 }), fc.integer({ min: 1, max: 9 }), (at, add) => {
        const digit = (Number(valid[at]) + add) % 10;
        expect(isValidIban(valid.slice(0, at) + digit + valid.slice(at + 1))).toBe(false);
      }),
    );
  });
});

describe("structured communication", () => {
  it("reads the +++ and *** forms", () => {
    const facts = factsOf("Mededeling +++090/9337/55493+++ of ***090/9337/55493***.");
    expect(facts.paymentReferences.map((p) => [p.text, p.value])).toEqual([
      ["+++090/9337/55493+++", "+++090/9337/55493+++"],
      ["***090/9337/55493***", "+++090/9337/55493+++"],
    ]);
  });

  it("reads the bare form only after a label", () => {
    expect(factsOf("Gestructureerde mededeling: 090/9337/55493").paymentReferences.map((p) => p.value)).toEqual([
      "+++090/9337/55493+++",
    ]);
    expect(factsOf("Zie 090/9337/55493").paymentReferences).toEqual([]);
  });

  it("leaves out a communication whose check digits are wrong", () => {
    expect(factsOf("+++090/9337/55494+++").paymentReferences).toEqual([]);
  });

  it("uses 97 when the first ten digits are a multiple of 97", () => {
    // 0000000097 modulo 97 is 0, so the check digits are 97.
    expect(isValidStructuredCommunication("000000009797")).toBe(true);
    expect(isValidStructuredCommunication("000000009700")).toBe(false);
  });

  it("accepts every communication built with the rule", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), (base) => {
        const rest = base % 97;
        const digits = String(base).padStart(10, "0") + String(rest === 0 ? 97 : rest).padStart(2, "0");
        const written = `+++${digits.slice(0, 3)}/${digits.slice(3, 7)}/${digits.slice(7)}+++`;
        expect(factsOf(`Mededeling ${written}`).paymentReferences.map((p) => p.value)).toEqual([written]);
      }),
    );
  });
});
