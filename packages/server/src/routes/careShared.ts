/**
 * What the care team's routes share: the server's "today", absolute links, and the three ways out
 * of one record (the GP summary PDF, the FHIR Bundle, the patient page link).
 */
import { gpSummary, type PatientRecord, recordToBundle } from '@handcheck/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { renderGpSummaryPdf } from '../report/pdf';

/** The server's date (UTC), passed into core, which has no clock. */
export const serverToday = (): string => new Date().toISOString().slice(0, 10);

/**
 * Base of absolute links: the configured public URL (required beyond localhost and behind a
 * proxy), else this machine's own address. Never the request's Host header, which the caller writes.
 */
export function baseUrl(request: FastifyRequest, publicUrl: string | undefined): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, '');
  const port = request.socket?.localPort;
  return `http://localhost${port ? `:${port}` : ''}`;
}

export const pdfFileName = (today: string) => `handcheck-summary-${today}.pdf`;

/** Sends the GP summary as a download that no cache keeps. */
export async function sendGpSummaryPdf(reply: FastifyReply, record: PatientRecord, today: string) {
  const pdf = await renderGpSummaryPdf(gpSummary(record, today));
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `attachment; filename="${pdfFileName(today)}"`)
    .header('cache-control', 'no-store')
    .send(pdf);
}

/**
 * Base of HandCheck's canonical FHIR URLs: `${HANDCHECK_PUBLIC_URL}/fhir` when the public URL is
 * configured, else core's documented default (never the request's host, which varies).
 */
export const canonicalBase = (publicUrl: string | undefined) =>
  publicUrl ? `${publicUrl.replace(/\/+$/, '')}/fhir` : undefined;

/** The record as a FHIR R4 Bundle whose DocumentReference points at the PDF route for it. */
export function fhirBundle(
  record: PatientRecord,
  opts: { pdfUrl: string; now?: Date; publicUrl?: string | undefined },
) {
  const now = opts.now ?? new Date();
  const base = canonicalBase(opts.publicUrl);
  return recordToBundle(record, {
    generatedAt: `${now.toISOString().slice(0, 19)}Z`,
    pdf: { url: opts.pdfUrl },
    ...(base ? { canonicalBase: base } : {}),
  });
}

/** FHIR's own media type (R4 §3.1.0.1.8); the body is sent as text so Fastify does not re-type it. */
export function sendFhir(reply: FastifyReply, bundle: unknown) {
  return reply
    .header('content-type', 'application/fhir+json; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(JSON.stringify(bundle));
}
