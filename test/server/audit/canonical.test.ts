import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AuditOutcome } from '../../../server/src/audit/audit-event.entity.js';
import { canonicalEvent, type HashedEvent } from '../../../server/src/audit/audit.service.js';

/** The definition: RFC 8785 over the whole object, as the trail's hash was first computed. */
const reference = (e: HashedEvent) =>
  canonicalize({
    seq: e.seq,
    at: e.at.toISOString(),
    actorId: e.actorId ?? null,
    actorName: e.actorName ?? null,
    action: e.action,
    subjectType: e.subjectType ?? null,
    subjectId: e.subjectId ?? null,
    outcome: e.outcome,
    clientAddress: e.clientAddress ?? null,
    details: e.details,
    prevHash: e.prevHash,
  });

const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string());
const maybe = fc.option(anyText, { nil: null });

describe('canonical form of an audit event', () => {
  it('is exactly RFC 8785 of the whole event, for any content', () => {
    fc.assert(
      fc.property(
        fc.record({
          seq: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
          at: fc.date({ min: new Date('2000-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }),
          actorId: fc.option(fc.uuid(), { nil: null }),
          actorName: maybe,
          action: anyText,
          subjectType: maybe,
          subjectId: maybe,
          outcome: fc.constantFrom(...Object.values(AuditOutcome)),
          clientAddress: maybe,
          details: fc.dictionary(anyText, fc.jsonValue()) as fc.Arbitrary<Record<string, unknown>>,
          prevHash: fc.stringMatching(/^[0-9a-f]{64}$/),
        }),
        (e) => {
          expect(canonicalEvent(e as HashedEvent)).toBe(reference(e as HashedEvent));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
