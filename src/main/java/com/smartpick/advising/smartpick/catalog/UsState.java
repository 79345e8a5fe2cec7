package com.smartpick.advising.smartpick.catalog;

import java.util.List;

/**
 * A US state (or DC) with its population, which weights how many programs it gets, and cities
 * that host residency programs.
 *
 * @param population 2020 census resident population, in thousands (rounded)
 */
record UsState(String code, int population, List<String> cities) {

    static final List<UsState> ALL = List.of(
            new UsState("CA", 39538, List.of("Los Angeles", "San Diego", "San Francisco", "Sacramento", "Fresno")),
            new UsState("TX", 29146, List.of("Houston", "Dallas", "San Antonio", "Austin", "El Paso")),
            new UsState("FL", 21538, List.of("Miami", "Tampa", "Orlando", "Jacksonville")),
            new UsState("NY", 20201, List.of("New York", "Buffalo", "Rochester", "Albany", "Syracuse")),
            new UsState("PA", 13003, List.of("Philadelphia", "Pittsburgh", "Allentown", "Hershey")),
            new UsState("IL", 12813, List.of("Chicago", "Peoria", "Springfield")),
            new UsState("OH", 11799, List.of("Columbus", "Cleveland", "Cincinnati", "Toledo")),
            new UsState("GA", 10712, List.of("Atlanta", "Augusta", "Savannah")),
            new UsState("NC", 10439, List.of("Charlotte", "Raleigh", "Durham", "Greensboro")),
            new UsState("MI", 10077, List.of("Detroit", "Grand Rapids", "Lansing", "Ann Arbor")),
            new UsState("NJ", 9289, List.of("Newark", "Camden", "Paterson", "New Brunswick")),
            new UsState("VA", 8631, List.of("Richmond", "Norfolk", "Roanoke", "Charlottesville")),
            new UsState("WA", 7705, List.of("Seattle", "Spokane", "Tacoma")),
            new UsState("AZ", 7152, List.of("Phoenix", "Tucson")),
            new UsState("MA", 7030, List.of("Boston", "Worcester", "Springfield")),
            new UsState("TN", 6910, List.of("Nashville", "Memphis", "Knoxville")),
            new UsState("IN", 6786, List.of("Indianapolis", "Fort Wayne")),
            new UsState("MD", 6177, List.of("Baltimore", "Bethesda")),
            new UsState("MO", 6154, List.of("St. Louis", "Kansas City", "Columbia")),
            new UsState("WI", 5894, List.of("Milwaukee", "Madison")),
            new UsState("CO", 5774, List.of("Denver", "Aurora", "Colorado Springs")),
            new UsState("MN", 5706, List.of("Minneapolis", "Rochester", "St. Paul")),
            new UsState("SC", 5119, List.of("Charleston", "Columbia", "Greenville")),
            new UsState("AL", 5024, List.of("Birmingham", "Mobile", "Huntsville")),
            new UsState("LA", 4658, List.of("New Orleans", "Baton Rouge", "Shreveport")),
            new UsState("KY", 4506, List.of("Louisville", "Lexington")),
            new UsState("OR", 4237, List.of("Portland", "Eugene")),
            new UsState("OK", 3959, List.of("Oklahoma City", "Tulsa")),
            new UsState("CT", 3606, List.of("Hartford", "New Haven", "Bridgeport")),
            new UsState("UT", 3272, List.of("Salt Lake City", "Provo")),
            new UsState("IA", 3190, List.of("Des Moines", "Iowa City")),
            new UsState("NV", 3105, List.of("Las Vegas", "Reno")),
            new UsState("AR", 3012, List.of("Little Rock", "Fayetteville")),
            new UsState("MS", 2961, List.of("Jackson", "Gulfport")),
            new UsState("KS", 2938, List.of("Wichita", "Kansas City")),
            new UsState("NM", 2118, List.of("Albuquerque", "Las Cruces")),
            new UsState("NE", 1962, List.of("Omaha", "Lincoln")),
            new UsState("ID", 1839, List.of("Boise")),
            new UsState("WV", 1794, List.of("Morgantown", "Huntington", "Charleston")),
            new UsState("HI", 1455, List.of("Honolulu")),
            new UsState("NH", 1377, List.of("Lebanon", "Manchester")),
            new UsState("ME", 1362, List.of("Portland", "Bangor")),
            new UsState("RI", 1097, List.of("Providence")),
            new UsState("MT", 1084, List.of("Billings", "Missoula")),
            new UsState("DE", 990, List.of("Wilmington", "Newark")),
            new UsState("SD", 887, List.of("Sioux Falls", "Rapid City")),
            new UsState("ND", 779, List.of("Fargo", "Grand Forks")),
            new UsState("AK", 733, List.of("Anchorage")),
            new UsState("DC", 690, List.of("Washington")),
            new UsState("VT", 643, List.of("Burlington")),
            new UsState("WY", 577, List.of("Casper", "Cheyenne")));
}
