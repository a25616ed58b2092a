package org.practicesearch.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One searchable entry: a practice, a resource-library entry, a guideline or a generic document. Immutable;
 * lists are never null (possibly empty) and keep the order the page gave, without duplicates.
 *
 * @param id stable, unique id (derived from the kind and the entry's content, not from file order)
 * @param kind what the entry is
 * @param title a short readable title (derived for practice pages, which have none)
 * @param titleSource where the title comes from: the page, a readable file name or URL, or derived from the text
 * @param description the entry's text
 * @param url a link to the entry, or empty
 * @param countries country names (canonical where known)
 * @param regions regions, hierarchical paths written {@code "Africa/Western Africa"}
 * @param stakeholders names of the implementing stakeholders
 * @param stakeholderTypes types of stakeholder (e.g. {@code International Organizations})
 * @param practiceTypes types of practice (e.g. {@code Tools})
 * @param crisisTypes types of crisis (e.g. {@code Conflict})
 * @param crisisPhases crisis phases (e.g. {@code Emergency Response})
 * @param guidelines the guidelines the entry belongs to
 * @param authors authors of a resource
 * @param year publication year, or null when unknown
 * @param categories resource-library categories (a resource's own {@code Category} block)
 * @param topics the topics the entry is filed under: the heading of a listing page that lists it, a practice
 *     page's thematic areas
 * @param summary true when the entry is only known from a teaser (a cut summary), not a full page
 * @param source where the entry came from: {@code file:line} (the first of {@code sources})
 * @param sources every place the entry was found ({@code file:line}, or a URL), first one first; an entry
 *     listed on several pages keeps them all
 * @param repairs the changes made to the raw text while reading it
 * @param regionSource whether the regions were declared by the page, derived from the countries, or both
 */
public record Entry(
    String id,
    Kind kind,
    String title,
    TitleSource titleSource,
    String description,
    String url,
    List<String> countries,
    List<String> regions,
    List<String> stakeholders,
    List<String> stakeholderTypes,
    List<String> practiceTypes,
    List<String> crisisTypes,
    List<String> crisisPhases,
    List<String> guidelines,
    List<String> authors,
    Integer year,
    List<String> categories,
    List<String> topics,
    boolean summary,
    String source,
    List<String> sources,
    List<Repair> repairs,
    RegionSource regionSource) {

  /** Validates the entry and copies every list. */
  public Entry {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("entry id must not be blank (source " + source + ")");
    }
    Objects.requireNonNull(kind, "kind");
    title = title == null ? "" : title;
    description = description == null ? "" : description;
    url = url == null ? "" : url;
    source = source == null ? "" : source;
    titleSource = titleSource == null ? TitleSource.DERIVED : titleSource;
    sources = distinct(sources);
    if (sources.isEmpty() && !source.isBlank()) {
      sources = List.of(source.strip());
    } else if (source.isBlank() && !sources.isEmpty()) {
      source = sources.get(0);
    }
    countries = distinct(countries);
    regions = distinct(regions);
    stakeholders = distinct(stakeholders);
    stakeholderTypes = distinct(stakeholderTypes);
    practiceTypes = distinct(practiceTypes);
    crisisTypes = distinct(crisisTypes);
    crisisPhases = distinct(crisisPhases);
    guidelines = distinct(guidelines);
    authors = distinct(authors);
    categories = distinct(categories);
    topics = distinct(topics);
    repairs = repairs == null ? List.of() : List.copyOf(repairs);
    regionSource = regionSource == null ? (regions.isEmpty() ? RegionSource.NONE : RegionSource.DECLARED) : regionSource;
  }

  private static List<String> distinct(List<String> values) {
    if (values == null || values.isEmpty()) {
      return List.of();
    }
    LinkedHashSet<String> set = new LinkedHashSet<>();
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        set.add(v.strip());
      }
    }
    return List.copyOf(set);
  }

  /** A builder starting from this entry's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * A builder for an entry of the given kind.
   *
   * @param id the entry id
   * @param kind the kind
   * @return a new builder
   */
  public static Builder builder(String id, Kind kind) {
    return new Builder(id, kind);
  }

  /** Builds an {@link Entry}; not thread-safe. */
  public static final class Builder {
    private String id;
    private Kind kind;
    private String title = "";
    private TitleSource titleSource;
    private String description = "";
    private String url = "";
    private List<String> countries = new ArrayList<>();
    private List<String> regions = new ArrayList<>();
    private List<String> stakeholders = new ArrayList<>();
    private List<String> stakeholderTypes = new ArrayList<>();
    private List<String> practiceTypes = new ArrayList<>();
    private List<String> crisisTypes = new ArrayList<>();
    private List<String> crisisPhases = new ArrayList<>();
    private List<String> guidelines = new ArrayList<>();
    private List<String> authors = new ArrayList<>();
    private Integer year;
    private List<String> categories = new ArrayList<>();
    private List<String> topics = new ArrayList<>();
    private boolean summary;
    private String source = "";
    private List<String> sources = new ArrayList<>();
    private List<Repair> repairs = new ArrayList<>();
    private RegionSource regionSource;

    private Builder(String id, Kind kind) {
      this.id = id;
      this.kind = kind;
    }

    private Builder(Entry e) {
      this(e.id, e.kind);
      title = e.title;
      titleSource = e.titleSource;
      description = e.description;
      url = e.url;
      countries = new ArrayList<>(e.countries);
      regions = new ArrayList<>(e.regions);
      stakeholders = new ArrayList<>(e.stakeholders);
      stakeholderTypes = new ArrayList<>(e.stakeholderTypes);
      practiceTypes = new ArrayList<>(e.practiceTypes);
      crisisTypes = new ArrayList<>(e.crisisTypes);
      crisisPhases = new ArrayList<>(e.crisisPhases);
      guidelines = new ArrayList<>(e.guidelines);
      authors = new ArrayList<>(e.authors);
      year = e.year;
      categories = new ArrayList<>(e.categories);
      topics = new ArrayList<>(e.topics);
      summary = e.summary;
      source = e.source;
      sources = new ArrayList<>(e.sources);
      repairs = new ArrayList<>(e.repairs);
      regionSource = e.regionSource;
    }

    /** @param v the id @return this */
    public Builder id(String v) { id = v; return this; }
    /** @param v the kind @return this */
    public Builder kind(Kind v) { kind = v; return this; }
    /** @param v the title @return this */
    public Builder title(String v) { title = v; return this; }
    /** @param v where the title comes from (null: derived) @return this */
    public Builder titleSource(TitleSource v) { titleSource = v; return this; }
    /** @param v the description @return this */
    public Builder description(String v) { description = v; return this; }
    /** @param v the url @return this */
    public Builder url(String v) { url = v; return this; }
    /** @param v the countries @return this */
    public Builder countries(List<String> v) { countries = new ArrayList<>(v); return this; }
    /** @param v the regions @return this */
    public Builder regions(List<String> v) { regions = new ArrayList<>(v); return this; }
    /** @param v the stakeholder names @return this */
    public Builder stakeholders(List<String> v) { stakeholders = new ArrayList<>(v); return this; }
    /** @param v the stakeholder types @return this */
    public Builder stakeholderTypes(List<String> v) { stakeholderTypes = new ArrayList<>(v); return this; }
    /** @param v the practice types @return this */
    public Builder practiceTypes(List<String> v) { practiceTypes = new ArrayList<>(v); return this; }
    /** @param v the crisis types @return this */
    public Builder crisisTypes(List<String> v) { crisisTypes = new ArrayList<>(v); return this; }
    /** @param v the crisis phases @return this */
    public Builder crisisPhases(List<String> v) { crisisPhases = new ArrayList<>(v); return this; }
    /** @param v the guidelines @return this */
    public Builder guidelines(List<String> v) { guidelines = new ArrayList<>(v); return this; }
    /** @param v the authors @return this */
    public Builder authors(List<String> v) { authors = new ArrayList<>(v); return this; }
    /** @param v the year, or null @return this */
    public Builder year(Integer v) { year = v; return this; }
    /** @param v the categories @return this */
    public Builder categories(List<String> v) { categories = new ArrayList<>(v); return this; }
    /** @param v the topics @return this */
    public Builder topics(List<String> v) { topics = new ArrayList<>(v); return this; }
    /** @param v whether the entry is only a teaser summary @return this */
    public Builder summary(boolean v) { summary = v; return this; }
    /**
     * Sets the one place the entry came from (and drops other sources).
     *
     * @param v the source, {@code file:line}
     * @return this
     */
    public Builder source(String v) { source = v; sources = new ArrayList<>(); return this; }
    /**
     * Sets every place the entry was found; the first becomes {@code source}.
     *
     * @param v the sources, {@code file:line} or URLs
     * @return this
     */
    public Builder sources(List<String> v) {
      sources = new ArrayList<>(v);
      source = sources.isEmpty() ? "" : sources.get(0);
      return this;
    }
    /** @param v the repairs @return this */
    public Builder repairs(List<Repair> v) { repairs = new ArrayList<>(v); return this; }
    /** @param v one more repair @return this */
    public Builder addRepair(Repair v) { repairs.add(v); return this; }
    /** @param v where the regions come from (null: declared when there are regions) @return this */
    public Builder regionSource(RegionSource v) { regionSource = v; return this; }
    /** @param v one more guideline @return this */
    public Builder addGuideline(String v) { guidelines.add(v); return this; }

    /** @return the entry */
    public Entry build() {
      return new Entry(id, kind, title, titleSource, description, url, countries, regions, stakeholders,
          stakeholderTypes, practiceTypes, crisisTypes, crisisPhases, guidelines, authors, year,
          categories, topics, summary, source, sources, repairs, regionSource);
    }
  }
}
