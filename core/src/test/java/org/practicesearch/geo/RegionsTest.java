package org.practicesearch.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "NG|Africa/Western Africa", "JO|Asia/Western Asia", "TR|Asia/Western Asia", "MX|Americas/Central America",
      "JM|Americas/Caribbean", "US|Americas/Northern America", "EC|Americas/South America",
      "AL|Europe/Southern Europe", "XK|Europe/Southern Europe", "RU|Europe/Eastern Europe",
      "KZ|Asia/Central Asia", "AO|Africa/Middle Africa", "KE|Africa/Eastern Africa", "EG|Africa/Northern Africa",
      "AN|Americas/Caribbean", "LA|Asia/Southeast Asia", "NP|Asia/Southern Asia"})
  void countriesGetTheirUnM49Path(String iso2, String path) {
    assertEquals(path, Regions.pathString(Regions.pathFor(Countries.byCode(iso2).orElseThrow())));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "West Africa|Africa/Western Africa", "Central Africa|Africa/Middle Africa", "Eastern Europe|Europe/Eastern Europe",
      "South Eastern Europe|Europe/Southern Europe", "South-Eastern Europe|Europe/Southern Europe",
      "Central Asia|Asia/Central Asia", "Caribbean|Americas/Caribbean", "North America|Americas/Northern America",
      "Central America|Americas/Central America", "Middle East|Asia/Western Asia", "Worldwide|Global", "Africa|Africa"})
  void declaredRegionsMapOntoTheHierarchy(String declared, String path) {
    assertEquals(path, Regions.pathString(Regions.mapDeclared(declared).orElseThrow()));
  }

  @Test
  void unknownDeclaredRegionsAreEmpty() {
    assertEquals(Optional.empty(), Regions.mapDeclared("Somewhere Else"));
    assertTrue(Regions.mapDeclared("Central").isEmpty());
  }

  @Test
  void aLoneDirectionCutFromItsRegionIsCompleted() {
    Countries.Joined j = Regions.joinSplitRegions(List.of("Central", "North America", "Caribbean"));
    assertEquals(List.of("Central America", "North America", "Caribbean"), j.values());
    assertEquals(List.of("Central + North America -> Central America, North America"), j.joins());
  }
}
