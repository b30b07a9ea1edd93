package dev.newsflow.events;

/** Entity types of the contract; NORP is nationalities, religious and political groups. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  NORP,
  MISC
}
