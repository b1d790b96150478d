package de.berlin.sozwohn.wohnraumerhalt.ppbe;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code wohnraumerhalt.ppbe.*}: the basis of the VZÄ (SPEC §5).
 *
 * @param netAnnualMinutes net annual working minutes of one full-time post (default 95,400, a
 *     KGSt figure for employees that already deducts the distribution time)
 * @param distributionTimeSurchargePercent surcharge on the processing times (default 0 %, because
 *     the default annual minutes already deduct it; set it only with gross annual minutes)
 */
@ConfigurationProperties("wohnraumerhalt.ppbe")
public record PpbeProperties(@DefaultValue("95400") double netAnnualMinutes,
    @DefaultValue("0") double distributionTimeSurchargePercent) {

  public StaffingBasis basis() {
    return new StaffingBasis(netAnnualMinutes, distributionTimeSurchargePercent);
  }
}
