/**
 * What apps show for the values of the API's enums, in English, Russian and Kazakh: served by
 * `enumLabels` and importable from here, so that no app hard-codes its own. Every enum of the
 * registry's records has every value here (packages/server/test/enum-labels.int.test.ts).
 */
export interface EnumValueLabel {
  en: string;
  ru: string;
  kk: string;
}

export const ENUM_LABELS: Readonly<Record<string, Readonly<Record<string, EnumValueLabel>>>> = {
  ChangeAction: {
    CREATE: { en: 'Created', ru: 'Создано', kk: 'Құрылды' },
    UPDATE: { en: 'Changed', ru: 'Изменено', kk: 'Өзгертілді' },
    DELETE: { en: 'Deleted', ru: 'Удалено', kk: 'Жойылды' },
  },
  ContactKind: {
    PHONE: { en: 'Phone', ru: 'Телефон', kk: 'Телефон' },
    EMAIL: { en: 'E-mail', ru: 'Электронная почта', kk: 'Электрондық пошта' },
    WEBSITE: { en: 'Website', ru: 'Сайт', kk: 'Сайт' },
    ADDRESS: { en: 'Address', ru: 'Адрес', kk: 'Мекенжай' },
  },
  DatePrecision: {
    DAY: { en: 'Day', ru: 'День', kk: 'Күн' },
    MONTH: { en: 'Month', ru: 'Месяц', kk: 'Ай' },
    YEAR: { en: 'Year', ru: 'Год', kk: 'Жыл' },
  },
  EventKind: {
    CONFERENCE: { en: 'Conference', ru: 'Конференция', kk: 'Конференция' },
    TRAINING: { en: 'Training', ru: 'Обучение', kk: 'Оқыту' },
    OUTREACH: { en: 'Outreach action', ru: 'Информационная акция', kk: 'Ақпараттық акция' },
    CAMPAIGN: { en: 'Campaign', ru: 'Кампания', kk: 'Науқан' },
    MEETING: { en: 'Meeting', ru: 'Встреча', kk: 'Кездесу' },
    OTHER: { en: 'Other', ru: 'Другое', kk: 'Басқа' },
  },
  EventStatus: {
    PLANNED: { en: 'Planned', ru: 'Запланировано', kk: 'Жоспарланған' },
    ONGOING: { en: 'Under way', ru: 'Проходит', kk: 'Өтіп жатыр' },
    HELD: { en: 'Held', ru: 'Проведено', kk: 'Өткізілді' },
    CANCELLED: { en: 'Cancelled', ru: 'Отменено', kk: 'Тоқтатылды' },
  },
  Indicator: {
    EVENTS_HELD: { en: 'Events held', ru: 'Проведено мероприятий', kk: 'Өткізілген іс-шаралар' },
    PEOPLE_REACHED: { en: 'People reached', ru: 'Охвачено людей', kk: 'Қамтылған адамдар' },
    CITIZENS_HELPED: { en: 'Citizens helped', ru: 'Оказана помощь гражданам', kk: 'Көмек көрсетілген азаматтар' },
    TRAINING_COURSES: { en: 'Training courses', ru: 'Обучающие курсы', kk: 'Оқыту курстары' },
    SERVICES_OPENED: { en: 'Services opened', ru: 'Открыто служб', kk: 'Ашылған қызметтер' },
    PEOPLE_TRAINED: { en: 'People trained', ru: 'Обучено людей', kk: 'Оқытылған адамдар' },
  },
  IndicatorValueKind: {
    ACTUAL: { en: 'Actual', ru: 'Факт', kk: 'Нақты' },
    TARGET: { en: 'Target', ru: 'План', kk: 'Жоспар' },
  },
  MeasureKind: {
    SERVICE_OPENED: { en: 'Service opened', ru: 'Открытие службы', kk: 'Қызмет ашу' },
    INSTITUTION_SET_UP: { en: 'Institution set up', ru: 'Создание учреждения', kk: 'Мекеме құру' },
    PROCEDURE: { en: 'Procedure', ru: 'Порядок', kk: 'Тәртіп' },
    INFORMATION_SYSTEM: { en: 'Information system', ru: 'Информационная система', kk: 'Ақпараттық жүйе' },
    PRACTICE_CHANGE: { en: 'Change of practice', ru: 'Изменение практики', kk: 'Тәжірибені өзгерту' },
    TRAINING: { en: 'Training', ru: 'Обучение', kk: 'Оқыту' },
  },
  MeasureStatus: {
    PLANNED: { en: 'Planned', ru: 'Запланировано', kk: 'Жоспарланған' },
    DRAFTED: { en: 'Drafted', ru: 'Разработан проект', kk: 'Жобасы әзірленді' },
    DEVELOPED: { en: 'Developed', ru: 'Разработано', kk: 'Әзірленді' },
    ESTABLISHED: { en: 'Established', ru: 'Создано', kk: 'Құрылды' },
    IN_FORCE: { en: 'In force', ru: 'Действует', kk: 'Күшінде' },
    CONDUCTED: { en: 'Conducted', ru: 'Проведено', kk: 'Өткізілді' },
  },
  OrganizationKind: {
    STATE_BODY: { en: 'State body', ru: 'Государственный орган', kk: 'Мемлекеттік орган' },
    LAW_ENFORCEMENT: { en: 'Law enforcement', ru: 'Правоохранительный орган', kk: 'Құқық қорғау органы' },
    LOCAL_EXECUTIVE_BODY: { en: 'Local executive body', ru: 'Местный исполнительный орган', kk: 'Жергілікті атқарушы орган' },
    PARLIAMENT: { en: 'Parliament', ru: 'Парламент', kk: 'Парламент' },
    NATIONAL_COMMISSION: { en: 'National commission', ru: 'Национальная комиссия', kk: 'Ұлттық комиссия' },
    OMBUDSMAN: { en: 'Ombudsman', ru: 'Омбудсмен', kk: 'Омбудсмен' },
    INTERNATIONAL_ORGANIZATION: { en: 'International organization', ru: 'Международная организация', kk: 'Халықаралық ұйым' },
    NGO: { en: 'NGO', ru: 'НПО', kk: 'ҮЕҰ' },
    SUPPORT_SERVICE: { en: 'Support service', ru: 'Служба поддержки', kk: 'Қолдау қызметі' },
    REHABILITATION_CENTRE: { en: 'Rehabilitation centre', ru: 'Реабилитационный центр', kk: 'Оңалту орталығы' },
  },
  OrganizerRole: {
    ORGANIZER: { en: 'Organizer', ru: 'Организатор', kk: 'Ұйымдастырушы' },
    CO_ORGANIZER: { en: 'Co-organizer', ru: 'Соорганизатор', kk: 'Бірлескен ұйымдастырушы' },
  },
  ParticipantRole: {
    MODERATOR: { en: 'Moderator', ru: 'Модератор', kk: 'Модератор' },
    SPEAKER: { en: 'Speaker', ru: 'Выступающий', kk: 'Баяндамашы' },
    PARTICIPANT: { en: 'Participant', ru: 'Участник', kk: 'Қатысушы' },
  },
  PilotStatus: {
    PLANNED: { en: 'Planned', ru: 'Запланирован', kk: 'Жоспарланған' },
    ACTIVE: { en: 'Active', ru: 'Действует', kk: 'Жұмыс істеп тұр' },
    SUSPENDED: { en: 'Suspended', ru: 'Приостановлен', kk: 'Тоқтатыла тұрды' },
    COMPLETED: { en: 'Completed', ru: 'Завершён', kk: 'Аяқталды' },
  },
  RecommendationStatus: {
    PROPOSED: { en: 'Proposed', ru: 'Предложена', kk: 'Ұсынылды' },
    ADOPTED: { en: 'Adopted', ru: 'Принята', kk: 'Қабылданды' },
    IN_PROGRESS: { en: 'In progress', ru: 'Исполняется', kk: 'Орындалуда' },
    IMPLEMENTED: { en: 'Implemented', ru: 'Исполнена', kk: 'Орындалды' },
    REJECTED: { en: 'Rejected', ru: 'Отклонена', kk: 'Қабылданбады' },
  },
  RecommendationTheme: {
    HUMAN_RIGHTS: { en: 'Human rights', ru: 'Права человека', kk: 'Адам құқықтары' },
    PREVENTION: { en: 'Prevention', ru: 'Профилактика', kk: 'Алдын алу' },
    FAMILY: { en: 'Family', ru: 'Семья', kk: 'Отбасы' },
    LEGISLATION: { en: 'Legislation', ru: 'Законодательство', kk: 'Заңнама' },
    LAW_ENFORCEMENT: { en: 'Law enforcement', ru: 'Правоприменение', kk: 'Құқық қолдану' },
    SUPPORT_SERVICES: { en: 'Support services', ru: 'Службы поддержки', kk: 'Қолдау қызметтері' },
    AWARENESS: { en: 'Public awareness', ru: 'Информирование населения', kk: 'Халықты хабардар ету' },
    OTHER: { en: 'Other', ru: 'Другое', kk: 'Басқа' },
  },
  RegionKind: {
    COUNTRY: { en: 'Country', ru: 'Страна', kk: 'Ел' },
    REGION: { en: 'Region (oblast)', ru: 'Область', kk: 'Облыс' },
    CITY_OF_REPUBLICAN_SIGNIFICANCE: {
      en: 'City of republican significance',
      ru: 'Город республиканского значения',
      kk: 'Республикалық маңызы бар қала',
    },
    DISTRICT: { en: 'District', ru: 'Район', kk: 'Аудан' },
    CITY: { en: 'City', ru: 'Город', kk: 'Қала' },
  },
  Role: {
    ADMIN: { en: 'Administrator', ru: 'Администратор', kk: 'Әкімші' },
    EDITOR: { en: 'Editor', ru: 'Редактор', kk: 'Редактор' },
  },
  SearchType: {
    EVENT: { en: 'Events', ru: 'Мероприятия', kk: 'Іс-шаралар' },
    ORGANIZATION: { en: 'Organizations', ru: 'Организации', kk: 'Ұйымдар' },
    OFFICIAL: { en: 'Officials', ru: 'Должностные лица', kk: 'Лауазымды тұлғалар' },
    RECOMMENDATION: { en: 'Recommendations', ru: 'Рекомендации', kk: 'Ұсынымдар' },
  },
  SourceKind: {
    PRESS_RELEASE: { en: 'Press release', ru: 'Пресс-релиз', kk: 'Баспасөз релизі' },
    OFFICIAL_WEBSITE: { en: 'Official website', ru: 'Официальный сайт', kk: 'Ресми сайт' },
    LEGAL_ACT: { en: 'Legal act', ru: 'Нормативный правовой акт', kk: 'Нормативтік құқықтық акт' },
    REPORT: { en: 'Report', ru: 'Отчёт', kk: 'Есеп' },
    API_SUBMISSION: { en: 'Submitted through the API', ru: 'Внесено через API', kk: 'API арқылы енгізілді' },
    OTHER: { en: 'Other', ru: 'Другое', kk: 'Басқа' },
  },
  ValueQualifier: {
    EXACT: { en: 'exactly', ru: 'ровно', kk: 'дәл' },
    MORE_THAN: { en: 'more than', ru: 'более', kk: 'астам' },
    AT_LEAST: { en: 'at least', ru: 'не менее', kk: 'кемінде' },
    APPROXIMATELY: { en: 'about', ru: 'около', kk: 'шамамен' },
    LESS_THAN: { en: 'less than', ru: 'менее', kk: 'кем' },
    AT_MOST: { en: 'at most', ru: 'не более', kk: 'көп дегенде' },
  },
};
