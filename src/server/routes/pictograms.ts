/** The pictogram set for every page and for outside use: SVG as vendored, PNG at the asked size (cached). */
import express, { type Router } from "express";
import { hasPictogram, svgFile } from "../../pictograms/catalogue.ts";
import { MAX_PNG_SIZE, MIN_PNG_SIZE, renderPictogramPng } from "../../pictograms/png.ts";
import { Problem } from "../problem.ts";

export function pictogramRoutes(): Router {
  const router = express.Router();
  router.get("/pictograms/:id.svg", (req, res) => {
    if (!hasPictogram(req.params.id)) throw new Problem("not-found");
    res.type("image/svg+xml").setHeader("Cache-Control", "public, max-age=86400").send(svgFile(req.params.id));
  });
  router.get("/pictograms/:id.png", async (req, res, next) => {
    try {
      const size = req.query.size === undefined ? 256 : Number(req.query.size);
      if (!hasPictogram(req.params.id)) throw new Problem("not-found");
      if (!Number.isInteger(size) || size < MIN_PNG_SIZE || size > MAX_PNG_SIZE)
        throw new Problem("invalid-field", { field: "size" });
      const png = await renderPictogramPng(req.params.id, size);
      res.type("image/png").setHeader("Cache-Control", "public, max-age=86400").send(png);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
