/// The gazetteer's places (`Gazetteer.init` gives the format). Names as they are written in
/// English news; the scanner lower-cases them and splits them at apostrophes and hyphens.
enum GazetteerData {
    static let text = """
    Afghanistan ; Afghan, Afghans | Kabul | Kandahar | Herat | Helmand
    Albania ; Albanian | Tirana
    Algeria ; Algerian | Algiers
    Andorra
    Angola ; Angolan | Luanda
    Antigua
    Argentina ; Argentine, Argentinian | Buenos Aires | Cordoba
    Armenia ; Armenian | Yerevan
    Australia ; Australian, Australians | Canberra | Sydney | Melbourne | Brisbane | Perth | Adelaide | Queensland | New South Wales | Tasmania
    Austria ; Austrian | Vienna | Salzburg
    Azerbaijan ; Azerbaijani | Baku
    Bahamas ; Bahamian | Nassau
    Bahrain ; Bahraini | Manama
    Bangladesh ; Bangladeshi | Dhaka | Chittagong
    Barbados
    Belarus ; Belarusian | Minsk
    Belgium ; Belgian | Brussels | Antwerp
    Belize
    Benin ; Beninese | Porto Novo | Cotonou
    Bhutan ; Bhutanese | Thimphu
    Bolivia ; Bolivian | La Paz | Sucre
    Bosnia, Bosnia and Herzegovina ; Bosnian | Sarajevo
    Botswana | Gaborone
    Brazil ; Brazilian, Brazilians | Brasilia | Rio de Janeiro, Rio | Sao Paulo, São Paulo
    Brunei | Bandar Seri Begawan
    Bulgaria ; Bulgarian | Sofia
    Burkina Faso | Ouagadougou
    Burundi ; Burundian | Bujumbura | Gitega
    Cambodia, Kampuchea ; Cambodian, Cambodians, Khmer | Phnom Penh | Siem Reap
    Cameroon ; Cameroonian | Yaounde | Douala
    Canada ; Canadian, Canadians | Ottawa | Toronto | Montreal | Vancouver | Calgary | Edmonton | Quebec | Ontario | Alberta | British Columbia | Manitoba | Saskatchewan | Nova Scotia
    Cape Verde, Cabo Verde
    Central African Republic | Bangui
    Chad ; Chadian | N'Djamena, Ndjamena
    Chile ; Chilean | Santiago
    China, PRC ; Chinese | Beijing, Peking | Shanghai | Guangzhou | Shenzhen | Wuhan | Chengdu | Chongqing | Tianjin | Xinjiang | Urumqi | Tibet | Lhasa | Sichuan | Yunnan
    Colombia ; Colombian | Bogota, Bogotá | Medellin | Cali
    Comoros
    Congo, DRC, DR Congo, Democratic Republic of Congo, Democratic Republic of the Congo ; Congolese | Kinshasa | Brazzaville | Goma
    Costa Rica ; Costa Rican
    Ivory Coast, Cote d'Ivoire, Côte d'Ivoire ; Ivorian | Abidjan | Yamoussoukro
    Croatia ; Croatian | Zagreb
    Cuba ; Cuban, Cubans | Havana
    Cyprus ; Cypriot | Nicosia
    Czech Republic, Czechia ; Czech | Prague
    Denmark ; Danish | Copenhagen
    Djibouti
    Dominica
    Dominican Republic ; Dominican | Santo Domingo
    Ecuador ; Ecuadorian | Quito | Guayaquil
    Egypt ; Egyptian, Egyptians | Cairo | Alexandria | Sinai
    El Salvador ; Salvadoran | San Salvador
    Equatorial Guinea | Malabo
    Eritrea ; Eritrean | Asmara
    Estonia ; Estonian | Tallinn
    Eswatini, Swaziland
    Ethiopia ; Ethiopian, Ethiopians | Addis Ababa | Tigray
    Fiji ; Fijian | Suva
    Finland ; Finnish | Helsinki
    France ; French | Paris | Marseille | Lyon | Toulouse | Bordeaux | Strasbourg | Lille | Corsica
    Gabon ; Gabonese | Libreville
    Gambia ; Gambian | Banjul
    Germany ; German, Germans | Berlin | Munich | Hamburg | Frankfurt | Cologne | Stuttgart | Dusseldorf | Bavaria
    Ghana ; Ghanaian | Accra
    Greece ; Greek, Greeks | Athens | Thessaloniki
    Grenada
    Guatemala ; Guatemalan | Guatemala City
    Guinea ; Guinean | Conakry
    Guinea Bissau
    Guyana
    Haiti ; Haitian | Port au Prince
    Honduras ; Honduran | Tegucigalpa
    Hungary ; Hungarian | Budapest
    Iceland ; Icelandic | Reykjavik
    India ; Indian, Indians | New Delhi, Delhi | Mumbai, Bombay | Kolkata, Calcutta | Chennai, Madras | Bangalore, Bengaluru | Hyderabad | Kashmir | Srinagar | Punjab | Kerala | Gujarat | Uttar Pradesh | Maharashtra | Bihar | West Bengal | Tamil Nadu | Assam | Manipur
    Indonesia ; Indonesian, Indonesians | Jakarta | Bali | Sumatra | Aceh | Papua | Surabaya | Sulawesi | Lombok
    Iran ; Iranian, Iranians | Tehran | Isfahan | Mashhad
    Iraq ; Iraqi, Iraqis | Baghdad | Basra | Mosul | Kirkuk | Erbil
    Ireland ; Irish | Dublin
    Israel ; Israeli, Israelis | Jerusalem | Tel Aviv | Haifa
    Italy ; Italian, Italians | Rome | Milan | Naples | Turin | Venice | Florence | Sicily | Sardinia | Genoa | Bologna | Lampedusa
    Jamaica ; Jamaican
    Japan ; Japanese | Tokyo | Osaka | Kyoto | Hiroshima | Nagasaki | Fukushima | Okinawa | Yokohama | Hokkaido
    Jordan ; Jordanian | Amman
    Kazakhstan ; Kazakh | Astana | Almaty
    Kenya ; Kenyan, Kenyans | Nairobi | Mombasa
    Kiribati
    North Korea, DPRK ; North Korean, North Koreans | Pyongyang
    South Korea, Korea ; South Korean, South Koreans, Korean | Seoul | Busan
    Kosovo ; Kosovar | Pristina
    Kuwait ; Kuwaiti | Kuwait City
    Kyrgyzstan ; Kyrgyz | Bishkek
    Laos ; Lao, Laotian | Vientiane
    Latvia ; Latvian | Riga
    Lebanon ; Lebanese | Beirut
    Lesotho | Maseru
    Liberia ; Liberian | Monrovia
    Libya ; Libyan, Libyans | Tripoli | Benghazi | Misrata
    Liechtenstein
    Lithuania ; Lithuanian | Vilnius
    Luxembourg
    Madagascar ; Malagasy | Antananarivo
    Malawi ; Malawian | Lilongwe
    Malaysia ; Malaysian, Malaysians | Kuala Lumpur | Sabah | Sarawak | Penang
    Maldives ; Maldivian
    Mali ; Malian | Bamako | Timbuktu
    Malta ; Maltese | Valletta
    Marshall Islands
    Mauritania ; Mauritanian | Nouakchott
    Mauritius
    Mexico ; Mexican, Mexicans | Mexico City | Guadalajara | Monterrey | Tijuana | Cancun | Acapulco | Juarez, Ciudad Juarez | Sinaloa | Chihuahua
    Micronesia
    Moldova ; Moldovan | Chisinau | Transnistria
    Monaco
    Mongolia ; Mongolian | Ulaanbaatar, Ulan Bator
    Montenegro ; Montenegrin | Podgorica
    Morocco ; Moroccan, Moroccans | Rabat | Casablanca | Marrakesh, Marrakech
    Mozambique ; Mozambican | Maputo
    Myanmar, Burma ; Burmese | Naypyitaw, Naypyidaw, Nay Pyi Taw | Yangon, Rangoon | Mandalay | Rakhine | Kachin | Shan state
    Namibia ; Namibian | Windhoek
    Nauru
    Nepal ; Nepali, Nepalese | Kathmandu
    Netherlands, Holland ; Dutch | Amsterdam | The Hague | Rotterdam
    New Zealand ; New Zealander, New Zealanders, Kiwi | Wellington | Auckland | Christchurch
    Nicaragua ; Nicaraguan | Managua
    Niger ; Nigerien | Niamey
    Nigeria ; Nigerian, Nigerians | Abuja | Lagos | Kano | Maiduguri | Borno
    North Macedonia, Macedonia ; Macedonian | Skopje
    Norway ; Norwegian | Oslo | Bergen
    Oman ; Omani | Muscat
    Pakistan ; Pakistani, Pakistanis | Islamabad | Karachi | Lahore | Peshawar | Quetta | Rawalpindi | Balochistan | Khyber Pakhtunkhwa | Waziristan
    Palau
    Palestine, Palestinian territories ; Palestinian, Palestinians | Gaza, Gaza Strip | West Bank | Ramallah
    Panama ; Panamanian | Panama City
    Papua New Guinea | Port Moresby
    Paraguay ; Paraguayan | Asuncion
    Peru ; Peruvian | Lima
    Philippines ; Philippine, Filipino, Filipinos | Manila | Mindanao | Cebu | Davao | Luzon
    Poland ; Polish, Poles | Warsaw | Krakow | Gdansk
    Portugal ; Portuguese | Lisbon | Porto
    Qatar ; Qatari | Doha
    Romania ; Romanian | Bucharest
    Russia, Russian Federation ; Russian, Russians | Moscow | St Petersburg, Saint Petersburg | Kremlin | Chechnya | Grozny | Siberia | Kaliningrad | Novosibirsk | Vladivostok | Dagestan | Belgorod
    Rwanda ; Rwandan | Kigali
    Saint Lucia
    Samoa ; Samoan
    San Marino
    Saudi Arabia ; Saudi, Saudis | Riyadh | Jeddah | Mecca | Medina
    Senegal ; Senegalese | Dakar
    Serbia ; Serbian, Serb, Serbs | Belgrade
    Seychelles
    Sierra Leone | Freetown
    Singapore ; Singaporean
    Slovakia ; Slovak | Bratislava
    Slovenia ; Slovenian | Ljubljana
    Solomon Islands | Honiara
    Somalia ; Somali | Mogadishu | Somaliland
    South Africa ; South African, South Africans | Pretoria | Johannesburg | Cape Town | Durban
    South Sudan ; South Sudanese | Juba
    Spain ; Spanish, Spaniards | Madrid | Barcelona | Valencia | Seville | Catalonia | Basque Country | Andalusia | Majorca, Mallorca | Canary Islands | Tenerife
    Sri Lanka ; Sri Lankan | Colombo
    Sudan ; Sudanese | Khartoum | Darfur
    Suriname | Paramaribo
    Sweden ; Swedish, Swedes | Stockholm | Gothenburg | Malmo
    Switzerland ; Swiss | Bern | Geneva | Zurich | Davos | Lausanne
    Syria ; Syrian, Syrians | Damascus | Aleppo | Homs | Idlib | Raqqa
    Taiwan ; Taiwanese | Taipei
    Tajikistan ; Tajik | Dushanbe
    Tanzania ; Tanzanian | Dodoma | Dar es Salaam | Zanzibar
    Thailand ; Thai | Bangkok | Phuket | Chiang Mai | Pattaya
    East Timor, Timor Leste
    Togo ; Togolese | Lome
    Tonga ; Tongan
    Trinidad, Trinidad and Tobago
    Tunisia ; Tunisian | Tunis
    Turkey, Türkiye, Turkiye ; Turkish, Turks | Ankara | Istanbul | Izmir | Antalya
    Turkmenistan ; Turkmen | Ashgabat
    Tuvalu
    Uganda ; Ugandan | Kampala
    Ukraine ; Ukrainian, Ukrainians | Kyiv, Kiev | Kharkiv, Kharkov | Odesa, Odessa | Lviv | Donetsk | Luhansk | Crimea | Mariupol | Zaporizhzhia | Kherson | Donbas
    United Arab Emirates, UAE ; Emirati | Abu Dhabi | Dubai
    United Kingdom, UK, U K, Britain, Great Britain ; British, Briton, Britons | England ; English | Scotland ; Scottish | Wales ; Welsh | Northern Ireland | London | Manchester | Liverpool | Glasgow | Edinburgh | Cardiff | Belfast | Leeds | Bristol | Newcastle | Sheffield | Oxford | Westminster | Downing Street
    United States, USA, U S, U S A, America ; American, Americans | Washington, Washington DC, Washington D C | New York, New York City, NYC | Manhattan | Brooklyn | Los Angeles, L A | Chicago | Houston | Philadelphia | Phoenix | San Antonio | San Diego | Dallas | San Francisco | Seattle | Denver | Boston | Las Vegas | Detroit | Atlanta | Miami | Baltimore | Minneapolis | New Orleans | Cleveland | Pittsburgh | St Louis | Nashville | Memphis | Portland | Sacramento | Oakland | Austin | Milwaukee | Cincinnati | Orlando | Tampa | Kansas City | Indianapolis | Salt Lake City | Honolulu | Anchorage | Hollywood | Silicon Valley | Wall Street | Capitol Hill
    + Alabama | Alaska | Arizona | Arkansas | California | Colorado | Connecticut | Delaware | Florida | Hawaii | Idaho | Illinois | Indiana | Iowa | Kansas | Kentucky | Louisiana | Maine | Maryland | Massachusetts | Michigan | Minnesota | Mississippi | Missouri | Montana | Nebraska | Nevada | New Hampshire | New Jersey | New Mexico | North Carolina | North Dakota | Ohio | Oklahoma | Oregon | Pennsylvania | Rhode Island | South Carolina | South Dakota | Tennessee | Texas | Utah | Vermont | Virginia | West Virginia | Wisconsin | Wyoming | Puerto Rico
    Uruguay ; Uruguayan | Montevideo
    Uzbekistan ; Uzbek | Tashkent | Samarkand
    Vanuatu
    Vatican, Vatican City, Holy See
    Venezuela ; Venezuelan, Venezuelans | Caracas | Maracaibo
    Vietnam, Viet Nam ; Vietnamese | Hanoi | Ho Chi Minh City, Saigon | Da Nang
    Yemen ; Yemeni, Yemenis | Sanaa, Sana'a | Aden | Hodeidah
    Zambia ; Zambian | Lusaka
    Zimbabwe ; Zimbabwean | Harare | Bulawayo
    Hong Kong ; Hongkongers
    Macau, Macao
    Greenland
    Western Sahara
    Northern Cyprus
    - South America, South American, South Americans, North America, North American, North Americans, Central America, Central American, Central Americans, Latin America, Latin American, Latin Americans, Americas
    """
}
