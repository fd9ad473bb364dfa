import type { SeedData } from './seed-data';

/**
 * Every fact of the General Prosecutor's Office press release of 8 December 2017
 * (shared/source/press-release-2017-12-08.txt). English texts are the release's own words.
 * Russian and Kazakh names of state bodies and regions come from public reference sources, each
 * cited on its record; where no official translation is known the text is left out and the API
 * falls back to another language. Nothing here is inferred beyond what the release states.
 */
const PRESS_RELEASE = 'gpo-press-release-2017-12-08';
const OFFICIAL_NAMES = 'adilet-official-names';
const DECREE_702 = 'decree-2018-06-19-702';
const UN_KAZAKHSTAN = 'un-in-kazakhstan';

export const pressRelease20171208: SeedData = {
  name: 'press-release-2017-12-08',
  sources: [
    {
      slug: PRESS_RELEASE,
      title: { en: 'There was a conference on combating domestic violence in Astana' },
      publisher: {
        en: "Press Service of the General Prosecutor's Office of the Republic of Kazakhstan",
        ru: 'Пресс-служба Генеральной прокуратуры Республики Казахстан',
      },
      publishedOn: '2017-12-08',
      url: null,
      language: 'EN',
      kind: 'PRESS_RELEASE',
    },
    {
      slug: OFFICIAL_NAMES,
      title: {
        en: 'Official names of state bodies of the Republic of Kazakhstan',
        ru: 'Официальные наименования государственных органов Республики Казахстан',
      },
      publisher: {
        en: 'Legal information system "Adilet" of the Ministry of Justice of the Republic of Kazakhstan',
        ru: 'Информационно-правовая система «Әділет» Министерства юстиции Республики Казахстан',
      },
      publishedOn: null,
      url: 'https://adilet.zan.kz',
      language: 'RU',
      kind: 'OFFICIAL_WEBSITE',
    },
    {
      slug: DECREE_702,
      title: {
        en: 'Decree of the President of the Republic of Kazakhstan of 19 June 2018 No. 702 "On some issues of the administrative-territorial structure of the Republic of Kazakhstan"',
        ru: 'Указ Президента Республики Казахстан от 19 июня 2018 года № 702 «О некоторых вопросах административно-территориального устройства Республики Казахстан»',
      },
      publisher: { en: 'Legal information system "Adilet"', ru: 'Информационно-правовая система «Әділет»' },
      publishedOn: '2018-06-19',
      url: 'https://adilet.zan.kz/rus/docs/U1800000702',
      language: 'RU',
      kind: 'LEGAL_ACT',
    },
    {
      slug: UN_KAZAKHSTAN,
      title: { en: 'The United Nations in Kazakhstan: UN entities', ru: 'ООН в Казахстане: структуры ООН' },
      publisher: { en: 'United Nations in Kazakhstan', ru: 'ООН в Казахстане' },
      publishedOn: null,
      url: 'https://kazakhstan.un.org',
      language: 'EN',
      kind: 'OFFICIAL_WEBSITE',
    },
  ],
  regions: [
    {
      slug: 'kazakhstan',
      kind: 'COUNTRY',
      parent: null,
      name: { en: 'Kazakhstan', ru: 'Казахстан', kk: 'Қазақстан' },
      sources: [PRESS_RELEASE, OFFICIAL_NAMES],
    },
    {
      slug: 'astana',
      kind: 'CITY_OF_REPUBLICAN_SIGNIFICANCE',
      parent: 'kazakhstan',
      name: { en: 'Astana', ru: 'Астана', kk: 'Астана' },
      sources: [PRESS_RELEASE, OFFICIAL_NAMES],
    },
    {
      slug: 'south-kazakhstan-region',
      kind: 'REGION',
      parent: 'kazakhstan',
      validUntil: '2018-06-19',
      name: { en: 'South-Kazakhstan region', ru: 'Южно-Казахстанская область', kk: 'Оңтүстік Қазақстан облысы' },
      note: { en: 'Renamed the Turkestan region in 2018, when Shymkent was separated as a city of republican significance.' },
      sources: [PRESS_RELEASE, DECREE_702],
    },
    {
      slug: 'turkestan-region',
      kind: 'REGION',
      parent: 'kazakhstan',
      validFrom: '2018-06-19',
      name: { en: 'Turkestan region', ru: 'Туркестанская область', kk: 'Түркістан облысы' },
      sources: [DECREE_702],
    },
    {
      slug: 'shymkent-south-kazakhstan',
      kind: 'CITY',
      parent: 'south-kazakhstan-region',
      validUntil: '2018-06-19',
      name: { en: 'Shymkent', ru: 'Шымкент', kk: 'Шымкент' },
      note: { en: 'Shymkent as a city of the South-Kazakhstan region, before it became a city of republican significance.' },
      sources: [PRESS_RELEASE, DECREE_702],
    },
    {
      slug: 'shymkent',
      kind: 'CITY_OF_REPUBLICAN_SIGNIFICANCE',
      parent: 'kazakhstan',
      validFrom: '2018-06-19',
      name: { en: 'Shymkent', ru: 'Шымкент', kk: 'Шымкент' },
      sources: [DECREE_702],
    },
  ],
  regionSuccessions: [
    { predecessor: 'south-kazakhstan-region', successor: 'turkestan-region', effectiveOn: '2018-06-19', sources: [DECREE_702] },
    { predecessor: 'shymkent-south-kazakhstan', successor: 'shymkent', effectiveOn: '2018-06-19', sources: [DECREE_702] },
  ],
  organizations: [
    {
      slug: 'general-prosecutors-office',
      kind: 'LAW_ENFORCEMENT',
      region: 'kazakhstan',
      name: {
        en: "General Prosecutor's Office of the Republic of Kazakhstan",
        ru: 'Генеральная прокуратура Республики Казахстан',
        kk: 'Қазақстан Республикасының Бас прокуратурасы',
      },
      shortName: { en: "General Prosecutor's Office", ru: 'Генеральная прокуратура', kk: 'Бас прокуратура' },
      contacts: [
        { kind: 'PHONE', value: '8 (7172) 71 27 66', label: { en: 'Press Service', ru: 'Пресс-служба' } },
        { kind: 'PHONE', value: '8 (7172) 71 28 19', label: { en: 'Press Service', ru: 'Пресс-служба' } },
      ],
      sources: [PRESS_RELEASE, OFFICIAL_NAMES],
    },
    {
      slug: 'national-commission-for-women-and-family-demographic-policy',
      kind: 'NATIONAL_COMMISSION',
      region: 'kazakhstan',
      name: {
        en: 'National Commission for Women and Family and Demographic Policy under the President of the Republic of Kazakhstan',
        ru: 'Национальная комиссия по делам женщин и семейно-демографической политике при Президенте Республики Казахстан',
        kk: 'Қазақстан Республикасының Президенті жанындағы Әйелдер істері және отбасылық-демографиялық саясат жөніндегі ұлттық комиссия',
      },
      shortName: { en: 'National Commission', ru: 'Национальная комиссия', kk: 'Ұлттық комиссия' },
      sources: [PRESS_RELEASE, OFFICIAL_NAMES],
    },
    {
      slug: 'human-rights-ombudsman',
      kind: 'OMBUDSMAN',
      region: 'kazakhstan',
      name: {
        en: 'Human Rights Ombudsman in the Republic of Kazakhstan',
        ru: 'Уполномоченный по правам человека в Республике Казахстан',
        kk: 'Қазақстан Республикасындағы Адам құқықтары жөніндегі уәкіл',
      },
      sources: [PRESS_RELEASE, OFFICIAL_NAMES],
    },
    {
      slug: 'national-center-for-human-rights',
      kind: 'OMBUDSMAN',
      region: 'kazakhstan',
      parent: 'human-rights-ombudsman',
      name: {
        en: 'National Center for Human Rights',
        ru: 'Национальный центр по правам человека',
        kk: 'Адам құқықтары жөніндегі ұлттық орталық',
      },
      description: { en: 'The National Center for the Commissioner for Human Rights in the Republic of Kazakhstan.' },
      sources: [PRESS_RELEASE, OFFICIAL_NAMES],
    },
    {
      slug: 'un-women-central-asia',
      kind: 'INTERNATIONAL_ORGANIZATION',
      region: null,
      name: { en: 'UN Women in Central Asia', ru: 'Структура «ООН-женщины» в Центральной Азии' },
      shortName: { en: 'UN Women', ru: 'ООН-женщины' },
      sources: [PRESS_RELEASE, UN_KAZAKHSTAN],
    },
    {
      slug: 'unfpa-kazakhstan',
      kind: 'INTERNATIONAL_ORGANIZATION',
      region: 'kazakhstan',
      name: {
        en: 'United Nations Population Fund in the Republic of Kazakhstan',
        ru: 'Фонд ООН в области народонаселения в Республике Казахстан',
      },
      shortName: { en: 'UNFPA', ru: 'ЮНФПА' },
      sources: [PRESS_RELEASE, UN_KAZAKHSTAN],
    },
    {
      slug: 'unicef-kazakhstan',
      kind: 'INTERNATIONAL_ORGANIZATION',
      region: 'kazakhstan',
      name: { en: "United Nations Children's Fund in the Republic of Kazakhstan", ru: 'Детский фонд ООН в Республике Казахстан' },
      shortName: { en: 'UNICEF', ru: 'ЮНИСЕФ' },
      sources: [PRESS_RELEASE, UN_KAZAKHSTAN],
    },
    {
      slug: 'presidential-administration',
      kind: 'STATE_BODY',
      region: 'kazakhstan',
      name: {
        en: 'Administration of the President of the Republic of Kazakhstan',
        ru: 'Администрация Президента Республики Казахстан',
        kk: 'Қазақстан Республикасы Президентінің Әкімшілігі',
      },
      sources: [PRESS_RELEASE, OFFICIAL_NAMES],
    },
    {
      slug: 'prime-ministers-office',
      kind: 'STATE_BODY',
      region: 'kazakhstan',
      name: {
        en: "Prime Minister's Office of the Republic of Kazakhstan",
        ru: 'Канцелярия Премьер-Министра Республики Казахстан',
        kk: 'Қазақстан Республикасы Премьер-Министрінің Кеңсесі',
      },
      sources: [PRESS_RELEASE, OFFICIAL_NAMES],
    },
    {
      slug: 'parliament',
      kind: 'PARLIAMENT',
      region: 'kazakhstan',
      name: {
        en: 'Parliament of the Republic of Kazakhstan',
        ru: 'Парламент Республики Казахстан',
        kk: 'Қазақстан Республикасының Парламенті',
      },
      sources: [PRESS_RELEASE, OFFICIAL_NAMES],
    },
    {
      slug: 'ministry-of-foreign-affairs',
      kind: 'STATE_BODY',
      region: 'kazakhstan',
      name: {
        en: 'Ministry of Foreign Affairs of the Republic of Kazakhstan',
        ru: 'Министерство иностранных дел Республики Казахстан',
        kk: 'Қазақстан Республикасының Сыртқы істер министрлігі',
      },
      sources: [PRESS_RELEASE, OFFICIAL_NAMES],
    },
    {
      slug: 'ministry-of-healthcare',
      kind: 'STATE_BODY',
      region: 'kazakhstan',
      name: {
        en: 'Ministry of Healthcare of the Republic of Kazakhstan',
        ru: 'Министерство здравоохранения Республики Казахстан',
        kk: 'Қазақстан Республикасының Денсаулық сақтау министрлігі',
      },
      sources: [PRESS_RELEASE, OFFICIAL_NAMES],
    },
    {
      slug: 'ministry-of-labour-and-social-protection',
      kind: 'STATE_BODY',
      region: 'kazakhstan',
      name: {
        en: 'Ministry of Labour and Social Protection of the Population of the Republic of Kazakhstan',
        ru: 'Министерство труда и социальной защиты населения Республики Казахстан',
        kk: 'Қазақстан Республикасының Еңбек және халықты әлеуметтік қорғау министрлігі',
      },
      sources: [PRESS_RELEASE, OFFICIAL_NAMES],
    },
    {
      slug: 'south-kazakhstan-management-for-family-affairs',
      kind: 'LOCAL_EXECUTIVE_BODY',
      region: 'south-kazakhstan-region',
      name: { en: 'Management for Family Affairs of the South-Kazakhstan region' },
      shortName: { en: 'Management for Family Affairs' },
      description: {
        en: 'Set up for the first time within the framework of the pilot of the project "Kazakhstan without Domestic Violence".',
      },
      sources: [PRESS_RELEASE],
    },
    {
      slug: 'south-kazakhstan-centre-for-rehabilitation-of-family-aggressors',
      kind: 'REHABILITATION_CENTRE',
      region: 'south-kazakhstan-region',
      name: { en: 'Center for the Rehabilitation of Family Aggressors of the South-Kazakhstan region' },
      shortName: { en: 'Center for the Rehabilitation of Family Aggressors' },
      description: {
        en: 'Set up for the first time within the framework of the pilot of the project "Kazakhstan without Domestic Violence".',
      },
      sources: [PRESS_RELEASE],
    },
    {
      slug: 'south-kazakhstan-social-and-psychological-support-services',
      kind: 'SUPPORT_SERVICE',
      region: 'south-kazakhstan-region',
      name: { en: 'Social and Psychological Support Services of the South-Kazakhstan region' },
      shortName: { en: 'Social and Psychological Support Services' },
      description: {
        en: 'Established in 14 districts and in Shymkent. They are accessible to the rural population, have crisis beds and provide services free of charge.',
      },
      serviceProfile: { freeOfCharge: true, accessibleToRuralPopulation: true, hasCrisisBeds: true },
      sources: [PRESS_RELEASE],
    },
  ],
  officials: [
    {
      slug: 'elena-tarasenko',
      fullName: { en: 'Elena Tarasenko', ru: 'Елена Тарасенко' },
      posts: [
        {
          organization: 'national-commission-for-women-and-family-demographic-policy',
          title: { en: 'Deputy Chairman of the National Commission', ru: 'Заместитель председателя Национальной комиссии' },
          attestedOn: '2017-12-08',
        },
      ],
      sources: [PRESS_RELEASE],
    },
    {
      slug: 'andrei-lukin',
      fullName: { en: 'Andrei Lukin', ru: 'Андрей Лукин' },
      posts: [
        {
          organization: 'general-prosecutors-office',
          title: { en: 'Deputy General Prosecutor', ru: 'Заместитель Генерального прокурора' },
          attestedOn: '2017-12-08',
        },
      ],
      sources: [PRESS_RELEASE],
    },
    {
      slug: 'saltanat-tursynbekova',
      fullName: { en: 'Saltanat Tursynbekova', ru: 'Салтанат Турсынбекова' },
      posts: [
        {
          organization: 'general-prosecutors-office',
          title: {
            en: 'Senior Assistant to the General Prosecutor for Special Assignments',
            ru: 'Старший помощник Генерального прокурора по особым поручениям',
          },
          attestedOn: '2017-12-08',
        },
      ],
      sources: [PRESS_RELEASE],
    },
    {
      slug: 'serik-ospanov',
      fullName: { en: 'Serik Ospanov', ru: 'Серик Оспанов' },
      posts: [
        {
          organization: 'national-center-for-human-rights',
          title: { en: 'Head of the National Center for Human Rights', ru: 'Руководитель Национального центра по правам человека' },
          attestedOn: '2017-12-08',
        },
      ],
      sources: [PRESS_RELEASE],
    },
  ],
  events: [
    {
      slug: 'sixteen-days-without-violence-2017',
      kind: 'CAMPAIGN',
      status: 'HELD',
      startsOn: null,
      endsOn: null,
      title: { en: 'Annual action "16 days without violence" (2017)', ru: 'Ежегодная акция «16 дней без насилия» (2017)' },
      region: 'kazakhstan',
      city: null,
      partOf: null,
      summary: {
        en: 'The annual action "16 days without violence", within the framework of which the Astana conference of 8 December 2017 was held. The release gives no dates for the action.',
      },
      organizers: [],
      participants: [],
      sources: [PRESS_RELEASE],
    },
    {
      slug: 'astana-conference-prevention-of-domestic-violence-2017-12-08',
      kind: 'CONFERENCE',
      status: 'HELD',
      startsOn: '2017-12-08',
      endsOn: '2017-12-08',
      region: 'astana',
      partOf: 'sixteen-days-without-violence-2017',
      title: { en: 'Prevention of Domestic Violence - Real Steps to Achieve the Sustainable Development Goals in Kazakhstan' },
      city: { en: 'Astana', ru: 'Астана', kk: 'Астана' },
      occasion: {
        en: 'On the eve of the celebration of the International Human Rights Day, within the framework of the annual action "16 days without violence"',
      },
      summary: {
        en: 'A conference on combating domestic violence in Astana. It discussed strengthening the prevention of family and domestic offenses, the problem of law enforcement practice and the prospects for improving legislation, and heard the intermediate outcomes of the project "Kazakhstan without Domestic Violence" piloted in the South-Kazakhstan region since June 2017. Following the conference, a number of recommendations were adopted.',
      },
      topics: [
        { en: 'Strengthening the prevention of family and domestic offenses' },
        { en: 'The problem of law enforcement practice' },
        { en: 'The prospects for improving legislation in this area' },
      ],
      conclusions: [
        { en: 'Further enhancement of human rights mechanisms is needed' },
        { en: 'The effectiveness of preventive measures needs enhancing' },
        { en: 'The family institution needs strengthening' },
      ],
      organizers: [
        { organization: 'general-prosecutors-office', role: 'ORGANIZER' },
        { organization: 'national-commission-for-women-and-family-demographic-policy', role: 'ORGANIZER' },
        { organization: 'human-rights-ombudsman', role: 'ORGANIZER' },
        { organization: 'un-women-central-asia', role: 'CO_ORGANIZER' },
        { organization: 'unfpa-kazakhstan', role: 'CO_ORGANIZER' },
        { organization: 'unicef-kazakhstan', role: 'CO_ORGANIZER' },
      ],
      participants: [
        {
          role: 'MODERATOR',
          official: 'elena-tarasenko',
          organization: 'national-commission-for-women-and-family-demographic-policy',
          title: { en: 'Deputy Chairman of the National Commission' },
          note: { en: "Noted the special attention paid by the Head of State to the protection of women's rights and gender equality." },
        },
        {
          role: 'SPEAKER',
          official: 'andrei-lukin',
          organization: 'general-prosecutors-office',
          title: { en: 'Deputy General Prosecutor' },
          note: {
            en: 'Spoke about the measures being taken to protect sensitive problems of citizens and society, the reasons and motivations for launching the project "Kazakhstan without Domestic Violence", and thanked the interested bodies and organizations for assistance in implementing it.',
          },
        },
        {
          role: 'SPEAKER',
          official: 'saltanat-tursynbekova',
          organization: 'general-prosecutors-office',
          title: { en: 'Senior Assistant to the General Prosecutor for Special Assignments' },
          note: {
            en: 'Reported on the intermediate outcomes of the project: the results of its approbation in the South-Kazakhstan region since June 2017.',
          },
        },
        {
          role: 'SPEAKER',
          official: 'serik-ospanov',
          organization: 'national-center-for-human-rights',
          title: { en: 'Head of the National Center for Human Rights' },
          note: { en: 'Delivered a report on the topic of the discussion.' },
        },
        {
          role: 'SPEAKER',
          organization: 'ministry-of-foreign-affairs',
          title: { en: 'Vice minister for foreign affairs', ru: 'Вице-министр иностранных дел' },
        },
        {
          role: 'SPEAKER',
          organization: 'ministry-of-healthcare',
          title: { en: 'Vice minister of public health', ru: 'Вице-министр здравоохранения' },
        },
        {
          role: 'SPEAKER',
          organization: 'ministry-of-labour-and-social-protection',
          title: {
            en: 'Vice minister of labor and social protection of the population',
            ru: 'Вице-министр труда и социальной защиты населения',
          },
        },
        { role: 'SPEAKER', title: { en: 'International experts' } },
        { role: 'SPEAKER', title: { en: 'NGO representatives' } },
        { role: 'PARTICIPANT', organization: 'presidential-administration', title: { en: 'Representatives' } },
        { role: 'PARTICIPANT', organization: 'prime-ministers-office', title: { en: 'Representatives' } },
        { role: 'PARTICIPANT', organization: 'parliament', title: { en: 'Deputies of the Parliament' } },
        {
          role: 'PARTICIPANT',
          organization: 'national-commission-for-women-and-family-demographic-policy',
          title: { en: 'Members of the National Commission' },
        },
        {
          role: 'PARTICIPANT',
          organization: 'national-center-for-human-rights',
          title: { en: 'Members of the National Center for Human Rights' },
        },
        { role: 'PARTICIPANT', title: { en: 'Heads of central state and law enforcement bodies' } },
        { role: 'PARTICIPANT', title: { en: 'Experts of international organizations' } },
        { role: 'PARTICIPANT', title: { en: 'NGOs' } },
      ],
      sources: [PRESS_RELEASE],
    },
  ],
  programmes: [
    {
      slug: 'kazakhstan-without-domestic-violence',
      leadOrganization: 'general-prosecutors-office',
      name: { en: 'Kazakhstan without Domestic Violence', ru: 'Казахстан без бытового насилия' },
      description: {
        en: 'The project of the General Prosecutor\'s Office "Kazakhstan without Domestic Violence", approbated in the South-Kazakhstan region since June 2017.',
      },
      sources: [PRESS_RELEASE],
      pilots: [
        {
          slug: 'kazakhstan-without-domestic-violence-south-kazakhstan',
          region: 'south-kazakhstan-region',
          name: { en: 'Pilot of "Kazakhstan without Domestic Violence" in the South-Kazakhstan region' },
          startedOn: '2017-06-01',
          startedOnPrecision: 'MONTH',
          status: 'ACTIVE',
          areas: [
            { name: { en: '14 districts of the South-Kazakhstan region' }, region: 'south-kazakhstan-region', unitCount: 14 },
            { name: { en: 'Shymkent', ru: 'Шымкент', kk: 'Шымкент' }, region: 'shymkent-south-kazakhstan', unitCount: null },
          ],
          measures: [
            {
              kind: 'PRACTICE_CHANGE',
              status: 'IN_FORCE',
              title: { en: 'Prevention reoriented from declarative practice to the detection of violence' },
              description: { en: 'A cardinal revision of approaches to prevention in the work of the state bodies of the region.' },
            },
            {
              kind: 'INSTITUTION_SET_UP',
              status: 'ESTABLISHED',
              organization: 'south-kazakhstan-management-for-family-affairs',
              title: { en: 'Management for Family Affairs set up' },
              description: { en: 'Set up for the first time within the framework of the pilot.' },
            },
            {
              kind: 'INSTITUTION_SET_UP',
              status: 'ESTABLISHED',
              organization: 'south-kazakhstan-centre-for-rehabilitation-of-family-aggressors',
              title: { en: 'Center for the Rehabilitation of Family Aggressors set up' },
              description: { en: 'Set up for the first time within the framework of the pilot.' },
            },
            { kind: 'PROCEDURE', status: 'DEVELOPED', title: { en: 'A complex algorithm for interaction between state agencies' } },
            {
              kind: 'INFORMATION_SYSTEM',
              status: 'DRAFTED',
              title: { en: 'Unified Information Database on the Prevention of Domestic Violence' },
              description: { en: 'Drafted on the basis of the e-Halyk system.' },
            },
            {
              kind: 'SERVICE_OPENED',
              status: 'ESTABLISHED',
              organization: 'south-kazakhstan-social-and-psychological-support-services',
              title: { en: 'Social and Psychological Support Services in 14 districts and in Shymkent' },
              description: { en: 'Accessible to the rural population, with crisis beds, providing services free of charge.' },
            },
            {
              kind: 'TRAINING',
              status: 'CONDUCTED',
              title: { en: 'Training courses' },
              audiences: [
                { en: 'Education employees' },
                { en: 'Health employees' },
                { en: 'Social employees' },
                { en: 'Employees of the new services' },
              ],
            },
          ],
          indicators: [
            {
              indicator: 'EVENTS_HELD',
              value: '3000',
              qualifier: 'MORE_THAN',
              region: 'south-kazakhstan-region',
              periodStart: '2017-06-01',
              periodEnd: '2017-12-08',
              statedAs: { en: 'more than 3 thousand events' },
            },
            {
              indicator: 'PEOPLE_REACHED',
              value: '1000000',
              qualifier: 'APPROXIMATELY',
              region: 'south-kazakhstan-region',
              periodStart: '2017-06-01',
              periodEnd: '2017-12-08',
              statedAs: { en: 'about 1 million people' },
            },
            {
              indicator: 'CITIZENS_HELPED',
              value: '7000',
              qualifier: 'MORE_THAN',
              region: 'south-kazakhstan-region',
              periodStart: '2017-06-01',
              periodEnd: '2017-12-08',
              statedAs: { en: 'more than 7 thousand citizens' },
            },
          ],
          sources: [PRESS_RELEASE],
        },
      ],
    },
  ],
  recommendations: [
    {
      slug: 'astana-2017-enhance-human-rights-mechanisms',
      event: 'astana-conference-prevention-of-domestic-violence-2017-12-08',
      theme: 'HUMAN_RIGHTS',
      text: { en: 'Further enhance human rights mechanisms.' },
    },
    {
      slug: 'astana-2017-effectiveness-of-preventive-measures',
      event: 'astana-conference-prevention-of-domestic-violence-2017-12-08',
      theme: 'PREVENTION',
      text: { en: 'Enhance the effectiveness of preventive measures.' },
    },
    {
      slug: 'astana-2017-strengthen-family-institution',
      event: 'astana-conference-prevention-of-domestic-violence-2017-12-08',
      theme: 'FAMILY',
      text: { en: 'Strengthen the family institution.' },
    },
  ].map((recommendation) => ({
    ...recommendation,
    status: 'ADOPTED',
    dueOn: null,
    responsibleOrganizations: [],
    history: [
      {
        fromStatus: null,
        toStatus: 'ADOPTED',
        changedOn: '2017-12-08',
        changedBy: { en: 'Participants of the conference' },
        note: {
          en: 'The release names these needs as the result of the discussion and states that a number of recommendations were adopted following the conference; it does not publish their full texts.',
        },
      },
    ],
    sources: [PRESS_RELEASE],
  })),
};
