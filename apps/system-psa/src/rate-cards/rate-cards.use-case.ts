import { Injectable } from '@nestjs/common';
import { PsaBillRateDto, PsaRateCardDto } from '@p2c/canonical';
import { PsaDirectory, RateCardWithLines } from '../psa/psa-directory';
import { SystemPsaErrorCode, SystemPsaException } from '../psa/system-psa.exception';
import { effectiveLine, lineOf } from './rate-card-lines';

/** Rate cards and bill rates, from the PSA's briefly cached reference data. */
@Injectable()
export class RateCardsUseCase {
  constructor(private readonly directory: PsaDirectory) {}

  async rateCard(code: string): Promise<PsaRateCardDto> {
    const rateCard = await this.require(code);
    const roles = await this.directory.roleIndex(
      rateCard.lines.flatMap((line) => (line.role_id ? [line.role_id] : [])),
    );
    return {
      code: rateCard.card.title,
      currency: rateCard.card.currency,
      lines: rateCard.lines
        .map((line) => lineOf(rateCard, line, roles))
        .sort(
          (a, b) => a.role.localeCompare(b.role) || a.effectiveFrom.localeCompare(b.effectiveFrom),
        ),
    };
  }

  /**
   * A missing rate is read again from the PSA before it is reported, so a rate a person has just
   * added counts at once.
   */
  async billRate(code: string, role: string, date: string): Promise<PsaBillRateDto> {
    const answer = { rateCard: code, role, date };
    let rateCard = await this.require(code);
    let roles = await this.directory.roleIndex([role]);
    let line = this.lineFor(rateCard, roles.byCode.get(role)?.id, date);
    if (!line) {
      rateCard = await this.require(code, true);
      roles = await this.directory.roleIndex([role]);
      line = this.lineFor(rateCard, roles.byCode.get(role)?.id, date);
    }
    if (!line)
      return {
        ...answer,
        reason: roles.byCode.has(role)
          ? `Rate card ${code} has no ${role} rate effective on ${date}.`
          : `The PSA has no role ${role}.`,
      };
    return { ...answer, rate: lineOf(rateCard, line, roles).rate };
  }

  private lineFor(rateCard: RateCardWithLines, roleId: string | undefined, date: string) {
    return roleId ? effectiveLine(rateCard.lines, roleId, date) : undefined;
  }

  private async require(code: string, fresh = false): Promise<RateCardWithLines> {
    const rateCard = await this.directory.rateCard(code, fresh);
    if (!rateCard)
      throw new SystemPsaException(
        SystemPsaErrorCode.NOT_FOUND,
        `The PSA has no rate card ${code}.`,
      );
    return rateCard;
  }
}
