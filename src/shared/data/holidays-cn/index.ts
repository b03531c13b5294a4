// The State Council's yearly holiday notices, 2015–2026, from the holiday-cn data set (MIT,
// LICENSE beside this file). Add next year's file here when its notice is published (usually
// November or December); until then the calendar flags that year instead of guessing.
import type { HolidayYear } from '../../domain/periods/calendar';
import holidays2015 from './2015.json' with { type: 'json' };
import holidays2016 from './2016.json' with { type: 'json' };
import holidays2017 from './2017.json' with { type: 'json' };
import holidays2018 from './2018.json' with { type: 'json' };
import holidays2019 from './2019.json' with { type: 'json' };
import holidays2020 from './2020.json' with { type: 'json' };
import holidays2021 from './2021.json' with { type: 'json' };
import holidays2022 from './2022.json' with { type: 'json' };
import holidays2023 from './2023.json' with { type: 'json' };
import holidays2024 from './2024.json' with { type: 'json' };
import holidays2025 from './2025.json' with { type: 'json' };
import holidays2026 from './2026.json' with { type: 'json' };

export const SHIPPED_HOLIDAY_YEARS: HolidayYear[] = [
  holidays2015,
  holidays2016,
  holidays2017,
  holidays2018,
  holidays2019,
  holidays2020,
  holidays2021,
  holidays2022,
  holidays2023,
  holidays2024,
  holidays2025,
  holidays2026,
];
