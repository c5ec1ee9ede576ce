package org.quotetrace.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quotetrace.bench.corpus.Outlet.Kind;
import org.quotetrace.bench.corpus.Topic.Role;

/**
 * The people and outlets of one corpus. Each topic has regulars who give interview after interview
 * (a minister, a union leader), as in real news, beside people who appear once; journalists host
 * the interviews. All are made from the seed, so the same seed gives the same cast.
 */
final class Cast {
  private static final int REGULARS_PER_TOPIC = 40;
  private static final int JOURNALISTS = 60;

  private final Vocabulary v;
  private final Person[][] regulars;
  private final Person[] journalists;
  private final Outlet[] outlets;
  private final Outlet[] publishers;
  private final Outlet[] broadcasters;
  private final Outlet[] offices;

  Cast(Vocabulary v, long seed) {
    this.v = v;
    SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
    regulars = new Person[v.topics.length][REGULARS_PER_TOPIC];
    for (Topic t : v.topics) {
      for (int i = 0; i < REGULARS_PER_TOPIC; i++) {
        regulars[t.index][i] = newPerson(t, r);
      }
    }
    journalists = new Person[JOURNALISTS];
    for (int i = 0; i < JOURNALISTS; i++) {
      journalists[i] = journalist(r);
    }
    outlets = new Outlet[v.outlets.length];
    List<Outlet> pub = new ArrayList<>();
    List<Outlet> bro = new ArrayList<>();
    List<Outlet> off = new ArrayList<>();
    for (int i = 0; i < outlets.length; i++) {
      Vocabulary.OutletEntry e = v.outlets[i];
      Kind kind = Kind.valueOf(e.kind().toUpperCase(java.util.Locale.ROOT));
      // Agencies keep quotes closest to what was said; some papers are loose with them.
      double editing = kind == Kind.AGENCY ? 0.6 : 0.7 + 0.7 * r.nextDouble();
      Outlet o = new Outlet(i, e.name(), e.site(), kind, r.nextInt(10) < 7,
          r.nextBoolean() ? "..." : "…", editing);
      outlets[i] = o;
      switch (kind) {
        case PAPER, AGENCY -> pub.add(o);
        case BROADCASTER -> {
          pub.add(o);
          bro.add(o);
        }
        case OFFICE -> off.add(o);
      }
    }
    publishers = pub.toArray(Outlet[]::new);
    broadcasters = bro.toArray(Outlet[]::new);
    offices = off.toArray(Outlet[]::new);
    if (publishers.length < 2 || broadcasters.length == 0 || offices.length == 0) {
      throw new IllegalArgumentException(
          "names.txt: need two outlets that publish articles, a broadcaster and an office");
    }
  }

  /** A regular of the topic most of the time, else somebody new. */
  Person speaker(Topic t, SplittableRandom r) {
    return r.nextInt(10) < 7 ? regulars[t.index][r.nextInt(REGULARS_PER_TOPIC)] : newPerson(t, r);
  }

  /** Somebody of the topic other than {@code not}. */
  Person other(Topic t, Person not, SplittableRandom r) {
    Person p;
    do {
      p = speaker(t, r);
    } while (p.equals(not));
    return p;
  }

  Person journalist(SplittableRandom r, Person not) {
    Person p;
    do {
      p = journalists[r.nextInt(JOURNALISTS)];
    } while (p.equals(not));
    return p;
  }

  Outlet publisher(SplittableRandom r) {
    return publishers[r.nextInt(publishers.length)];
  }

  Outlet publisherOtherThan(Outlet not, SplittableRandom r) {
    Outlet o;
    do {
      o = publisher(r);
    } while (o == not);
    return o;
  }

  Outlet broadcaster(SplittableRandom r) {
    return broadcasters[r.nextInt(broadcasters.length)];
  }

  Outlet office(SplittableRandom r) {
    return offices[r.nextInt(offices.length)];
  }

  Person newPerson(Topic t, SplittableRandom r) {
    boolean female = r.nextBoolean();
    String first = female ? v.female[r.nextInt(v.female.length)] : v.male[r.nextInt(v.male.length)];
    Role role = t.roles[r.nextInt(t.roles.length)];
    String place = v.places[r.nextInt(v.places.length)];
    String company = place + " " + t.companies[r.nextInt(t.companies.length)];
    String title = role.title().replace("{company}", company).replace("{place}", place);
    String ref = role.ref().replace("{company}", company).replace("{place}", place);
    return new Person(first, surname(r), female, title, ref, t.index);
  }

  private Person journalist(SplittableRandom r) {
    boolean female = r.nextBoolean();
    String first = female ? v.female[r.nextInt(v.female.length)] : v.male[r.nextInt(v.male.length)];
    return new Person(first, surname(r), female, "presenter", "the programme", -1);
  }

  private String surname(SplittableRandom r) {
    return v.surnameStarts[r.nextInt(v.surnameStarts.length)]
        + v.surnameEnds[r.nextInt(v.surnameEnds.length)];
  }
}
