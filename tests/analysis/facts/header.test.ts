import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers.ts";

describe("sender and subject", () => {
  it("finds the institution that sends the letter and the subject", () => {
    const text = "Stad Gent\nOCMW Gent – Sociale Dienst\nOnderbergen 86\n9000 Gent\n\nBetreft: uw aanvraag leefloon\n";
    const facts = factsOf(text);
    expect(facts.sender?.value).toBe("Stad Gent");
    expect(facts.subject?.value).toBe("uw aanvraag leefloon");
  });

  it("finds the institution line below a logo line", () => {
    const text = "Samen sterk\nRijksdienst voor Arbeidsvoorziening (RVA)\nKeizerslaan 7\n\nOnderwerp: uw uitkering";
    const facts = factsOf(text);
    expect(facts.sender?.value).toBe("Rijksdienst voor Arbeidsvoorziening (RVA)");
    expect(facts.subject?.value).toBe("uw uitkering");
  });

  it("finds the full name of a CPAS written in capitals", () => {
    const text = "CENTRE PUBLIC D'ACTION SOCIALE DE TOURNAI\nService social – Cellule énergie\n\nObjet : votre demande";
    expect(factsOf(text, "fr").sender?.value).toBe("CENTRE PUBLIC D'ACTION SOCIALE DE TOURNAI");
  });

  it("reads French, German and English subjects", () => {
    expect(factsOf("CPAS de Liège\n\nObjet : votre demande d'aide", "fr").subject?.value).toBe("votre demande d'aide");
    expect(factsOf("ÖSHZ Eupen\n\nBetreff: Ihr Antrag", "de").subject?.value).toBe("Ihr Antrag");
    expect(factsOf("Public Social Welfare Centre\n\nRe: your application", "en").subject?.value).toBe(
      "your application",
    );
  });

  it("stops at the addressee and the salutation", () => {
    const facts = factsOf("Mevrouw An Peeters\nKerkstraat 12\n\nGeachte mevrouw,\nOCMW Gent heeft beslist.");
    expect(facts.sender).toBeUndefined();
    expect(facts.subject).toBeUndefined();
  });
});
